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
    /// <summary><c>cloud.buyerDependencePercent</c>, default 50.</summary>
    public static readonly ParameterDefinition DependencePercent = new("cloud.buyerDependencePercent", 50m, ParameterKind.Percent,
        "CLOUD005 fires when one buyer holds this share of a provider's commitments.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        BuyerShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.BuyerCount >= 2,
                s => s.SharePercentAt(parameters[Capacity.DollarsPerGw]) >= parameters[DependencePercent]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{share.Buyer.Name} holds {Wording.Percent(share.SharePercentAt(parameters[Capacity.DollarsPerGw]))} of what " +
                    $"{share.BuyerCount} buyers have committed to {share.Provider.Name}: " +
                    $"{Wording.Money(share.Amount, share.Currency, parameters[Capacity.DollarsPerGw])} of " +
                    $"{Wording.Money(share.ProviderTotal, share.Currency, parameters[Capacity.DollarsPerGw])}.")
                .About(share.Provider.Id, share.Buyer.Id)
                .With("sharePercent", share.SharePercentAt(parameters[Capacity.DollarsPerGw]))
                .With("buyerAmount", share.Amount, parameters[Capacity.DollarsPerGw])
                .With("providerTotal", share.ProviderTotal, parameters[Capacity.DollarsPerGw])
                .With("buyers", share.BuyerCount)
                .WithCurrency(share.Format, share.Currency)
                .From(share.Facts));
    }
}
