using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Chip;

/// <summary>CHIP001: a chip mandate on an investee names chips that one of its investors controls.</summary>
[RuleId("CHIP001")]
[RuleTitle("Investee must use its investor's chips")]
[RuleCategory(Category.Chip)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Medium)]
public sealed class InvestorChipMandateRule : Rule
{
    /// <summary><c>chip.highSharePercent</c>, default 50.</summary>
    public static readonly ParameterDefinition HighSharePercent = new("chip.highSharePercent", 50m, ParameterKind.Percent,
        "CHIP001 is high when a binding mandate reserves at least this share of the workloads.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        ChipMandateFact mandate = default!;
        InvestorLink link = default!;

        When()
            .Match(() => parameters)
            .Match(() => mandate)
            .Match(() => link,
                l => l.Scope == mandate.Scope && l.Investee.Id == mandate.Party.Id,
                l => mandate.ChipsControlledBy(l.Investor.Id).Count > 0);

        Then()
            .Yield(ctx => ctx.Finding(SeverityOf(mandate, parameters[HighSharePercent]), ChipMandateWording.Restriction(mandate, link))
                .About(link.Investor.Id, link.Investee.Id)
                .With("chips", mandate.ChipsControlledBy(link.Investor.Id))
                .With("workloads", ChipMandateWording.Workloads(mandate))
                .With("binding", mandate.Binding)
                .With("minimumSharePercent", mandate.MinimumSharePercent)
                .From(mandate.Pointer)
                .From(link.InvestmentPointers));
    }

    private static Severity SeverityOf(ChipMandateFact mandate, decimal highSharePercent) =>
        mandate.Binding && (mandate.MinimumSharePercent >= highSharePercent || mandate.CoversTrainingAndInference)
            ? Severity.High
            : Severity.Medium;
}
