using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Chip;

/// <summary>
/// CHIP003: across the portfolio, a buyer's chip-based commitments with several providers run mostly on
/// one party's chips. Under format 2 commitments known only by capacity count at <c>capacity.dollarsPerGw</c>.
/// </summary>
[RuleId("CHIP003")]
[RuleTitle("Chip spend concentrated on one vendor")]
[RuleCategory(Category.Chip)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Medium)]
public sealed class ChipConcentrationRule : Rule
{
    /// <summary><c>chip.concentrationPercent</c>, default 80.</summary>
    public static readonly ParameterDefinition ConcentrationPercent = new("chip.concentrationPercent", 80m, ParameterKind.Percent,
        "CHIP003 fires when this share of a buyer's chip-based commitments runs on one party's chips.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        ChipShare share = default!;

        When()
            .Match(() => parameters)
            .Match(() => share,
                s => s.ProviderCount >= 2,
                s => s.SharePercentAt(parameters[Capacity.DollarsPerGw]) >= parameters[ConcentrationPercent]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{Wording.Percent(share.SharePercentAt(parameters[Capacity.DollarsPerGw]))} of {share.Buyer.Name}'s " +
                    $"{Wording.Money(share.ChipTotalSum, share.Currency, parameters[Capacity.DollarsPerGw])} of chip-based commitments, " +
                    $"spread over {share.ProviderCount} providers, runs on chips controlled by {share.Controller.Name}.")
                .About(share.Buyer.Id, share.Controller.Id)
                .With("sharePercent", share.SharePercentAt(parameters[Capacity.DollarsPerGw]))
                .With("controllerAmount", share.AmountSum, parameters[Capacity.DollarsPerGw])
                .With("chipCommitments", share.ChipTotalSum, parameters[Capacity.DollarsPerGw])
                .With("providers", share.ProviderCount)
                .WithCurrency(share.Format, share.Currency)
                .From(share.Facts));
    }
}
