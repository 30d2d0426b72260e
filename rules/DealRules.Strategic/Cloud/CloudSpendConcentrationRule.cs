using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Cloud;

/// <summary>
/// CLOUD004: across the portfolio, one provider receives most of a buyer's disclosed commitments.
/// Under format 2 commitments known only by capacity count at <c>capacity.dollarsPerGw</c>.
/// </summary>
[RuleId("CLOUD004")]
[RuleTitle("Compute spend concentrated on one provider")]
[RuleCategory(Category.Cloud)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Low)]
public sealed class CloudSpendConcentrationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        ProviderShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.ProviderCount >= 2,
                s => s.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]) >= parameters[StrategicParameters.CloudConcentrationPercent]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Low,
                    $"{share.Provider.Name} receives {Wording.Percent(share.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]))} " +
                    $"({Wording.Money(share.AmountSum, share.Currency, parameters[StrategicParameters.DollarsPerGw])}) of " +
                    $"{share.Buyer.Name}'s {Wording.Money(share.BuyerTotalSum, share.Currency, parameters[StrategicParameters.DollarsPerGw])} of commitments across {share.ProviderCount} providers.")
                .About(share.Buyer.Id, share.Provider.Id)
                .With("sharePercent", share.SharePercentAt(parameters[StrategicParameters.DollarsPerGw]))
                .With("providerAmount", share.AmountSum, parameters[StrategicParameters.DollarsPerGw])
                .With("totalCommitted", share.BuyerTotalSum, parameters[StrategicParameters.DollarsPerGw])
                .With("providers", share.ProviderCount)
                .WithCurrency(share.Format, share.Currency)
                .From(share.Facts));
    }
}
