using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>
/// CLOUD005: across the portfolio, one buyer holds most of a provider's committed business, among at
/// least two buyers: the provider's revenue, and the debt raised against it, hang on one customer.
/// </summary>
[RuleId("CLOUD005")]
[RuleTitle("Provider depends on one buyer")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investor)]
[DefaultSeverity(Severity.Medium)]
[RequiresFormat(2)]
public sealed class BuyerDependenceRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        BuyerShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.BuyerCount >= 2,
                s => s.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]) >= parameters[StrategicParameters.BuyerDependencePercent]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Medium,
                    $"{share.Buyer.Name} holds {Wording.Percent(share.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]))} of what " +
                    $"{share.BuyerCount} buyers have committed to {share.Provider.Name}: " +
                    $"{Wording.Money(share.Amount, share.Currency, parameters[StrategicParameters.DollarsPerGw])} of " +
                    $"{Wording.Money(share.ProviderTotal, share.Currency, parameters[StrategicParameters.DollarsPerGw])}.")
                .About(share.Provider.Id, share.Buyer.Id)
                .With("sharePercent", share.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]))
                .With("buyerAmount", share.Amount, parameters[StrategicParameters.DollarsPerGw])
                .With("providerTotal", share.ProviderTotal, parameters[StrategicParameters.DollarsPerGw])
                .With("buyers", share.BuyerCount)
                .WithCurrency(share.Format, share.Currency)
                .From(share.Facts));
    }
}
