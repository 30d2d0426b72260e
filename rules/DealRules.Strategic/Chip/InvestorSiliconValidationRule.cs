using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Chip;

/// <summary>CHIP002: the investor's own chips are named for its investee's workloads, a marquee validation of its silicon.</summary>
[RuleId("CHIP002")]
[RuleTitle("Investor's chips win a marquee workload")]
[RuleCategory(Category.Chip)]
[RulePerspective(Perspective.Investor)]
[DefaultSeverity(Severity.Info)]
public sealed class InvestorSiliconValidationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ChipMandateFact mandate = default!;
        InvestorLink link = default!;

        When()
            .Match(() => mandate)
            .Match(() => link,
                l => l.Scope == mandate.Scope && l.Investee.Id == mandate.Party.Id,
                l => mandate.ChipsControlledBy(l.Investor.Id).Count > 0);

        Then()
            .Yield(ctx => ctx.Finding(ChipMandateWording.Validation(mandate, link))
                .About(link.Investor.Id, link.Investee.Id)
                .With("chips", mandate.ChipsControlledBy(link.Investor.Id))
                .With("workloads", ChipMandateWording.Workloads(mandate))
                .With("binding", mandate.Binding)
                .From(mandate.Pointer)
                .From(link.InvestmentPointers));
    }
}
