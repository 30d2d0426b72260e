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
                l => l.Scope == mandate.Scope && l.Investee.Id == mandate.Mandate.Party,
                l => mandate.ChipsControlledBy(l.Investor.Id).Count > 0);

        Then()
            .Yield(ctx => ctx.Finding(SeverityOf(mandate, parameters[StrategicParameters.ChipHighSharePercent]), ChipMandateWording.Restriction(mandate, link))
                .About(link.Investor.Id, link.Investee.Id)
                .With("chips", mandate.ChipsControlledBy(link.Investor.Id))
                .With("workloads", ChipMandateWording.Workloads(mandate))
                .With("binding", mandate.Mandate.Binding)
                .With("minimumSharePercent", mandate.Mandate.MinimumSharePercent)
                .From(mandate.Pointer)
                .From(link.InvestmentPointers));
    }

    private static Severity SeverityOf(ChipMandateFact mandate, decimal highSharePercent) =>
        mandate.Mandate.Binding && (mandate.Mandate.MinimumSharePercent >= highSharePercent || mandate.CoversTrainingAndInference)
            ? Severity.High
            : Severity.Medium;
}
