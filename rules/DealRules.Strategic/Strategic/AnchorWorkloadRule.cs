using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Strategic;

/// <summary>STRAT001: an investee's commitments to its investor are large enough to anchor the investor's AI business.</summary>
[RuleId("STRAT001")]
[RuleTitle("Investor secures an anchor AI workload")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Investor)]
[DefaultSeverity(Severity.Info)]
public sealed class AnchorWorkloadRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        InvestorLink link = default!;

        When()
            .Match(() => parameters)
            .Match(() => link, l => l.DisclosedCommittedBack >= parameters[StrategicParameters.AnchorAmount]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Info,
                    $"{link.Investee.Name} has committed {Wording.Money(link.DisclosedCommittedBack, link.Scope.Currency)} to its investor " +
                    $"{link.Investor.Name}: an anchor AI workload for {link.Investor.Name}.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("committedSpend", link.DisclosedCommittedBack)
                .From(link.InvestmentPointers)
                .From(link.DisclosedCommitmentPointers));
    }
}
