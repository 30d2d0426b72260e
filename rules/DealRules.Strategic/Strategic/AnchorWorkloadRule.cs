using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Strategic;

/// <summary>
/// STRAT001: an investee's commitments to its investor, in one document, are large enough to anchor the
/// investor's AI business. Under format 2 commitments known only by capacity count at
/// <c>capacity.dollarsPerGw</c>; STRAT002 adds up commitments staged over several documents.
/// </summary>
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
            .Match(() => link, l => l.CommittedBackSum.ValueAt(parameters[StrategicParameters.DollarsPerGw]) >= parameters[StrategicParameters.AnchorAmount]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Info,
                    $"{link.Investee.Name} has committed {Wording.Money(link.CommittedBackSum, link.Scope.Currency, parameters[StrategicParameters.DollarsPerGw])} to its investor " +
                    $"{link.Investor.Name}: an anchor AI workload for {link.Investor.Name}.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("committedSpend", link.CommittedBackSum, parameters[StrategicParameters.DollarsPerGw])
                .WithCurrency(link.Scope.Format, link.Scope.Currency)
                .From(link.InvestmentPointers)
                .From(link.CountedCommitmentPointers));
    }
}
