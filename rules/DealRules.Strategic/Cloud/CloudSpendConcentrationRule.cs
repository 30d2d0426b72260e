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
    /// <summary><c>cloud.concentrationPercent</c>, default 75.</summary>
    public static readonly ParameterDefinition ConcentrationPercent = new("cloud.concentrationPercent", 75m, ParameterKind.Percent,
        "CLOUD004 fires when one provider receives this share of a buyer's commitments.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        ProviderShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.ProviderCount >= 2,
                s => s.SharePercentAt(parameters[Capacity.DollarsPerGw]) >= parameters[ConcentrationPercent]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{share.Provider.Name} receives {Wording.Percent(share.SharePercentAt(parameters[Capacity.DollarsPerGw]))} " +
                    $"({Wording.Money(share.AmountSum, share.Currency, parameters[Capacity.DollarsPerGw])}) of " +
                    $"{share.Buyer.Name}'s {Wording.Money(share.BuyerTotalSum, share.Currency, parameters[Capacity.DollarsPerGw])} of commitments across {share.ProviderCount} providers.")
                .About(share.Buyer.Id, share.Provider.Id)
                .With("sharePercent", share.SharePercentAt(parameters[Capacity.DollarsPerGw]))
                .With("providerAmount", share.AmountSum, parameters[Capacity.DollarsPerGw])
                .With("totalCommitted", share.BuyerTotalSum, parameters[Capacity.DollarsPerGw])
                .With("providers", share.ProviderCount)
                .WithCurrency(share.Format, share.Currency)
                .From(share.Facts));
    }
}
