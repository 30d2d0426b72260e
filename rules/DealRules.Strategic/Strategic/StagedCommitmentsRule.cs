using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Strategic;

/// <summary>
/// STRAT002: the portfolio twin of STRAT001. A buyer's commitments to one provider, announced in
/// stages over several documents, add up to the anchor amount: a dependency that no single
/// announcement shows.
/// </summary>
[RuleId("STRAT002")]
[RuleTitle("Staged commitments add up to an anchor workload")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
[RequiresFormat(2)]
public sealed class StagedCommitmentsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        StagedCommitments staged = default!;

        When()
            .Match(() => parameters)
            .Match(() => staged, s => s.Total.ValueAt(parameters[Capacity.DollarsPerGw]) >= parameters[AnchorWorkloadRule.AnchorAmount]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{staged.Buyer.Name}'s commitments to {staged.Provider.Name}, made in {staged.Stages.Count} stages, total " +
                    $"{Wording.Money(staged.Total, staged.Currency, parameters[Capacity.DollarsPerGw])}: " +
                    $"{Wording.List(staged.Stages.Select(s => Wording.Money(s.Value, staged.Currency, parameters[Capacity.DollarsPerGw])))}.")
                .About(staged.Buyer.Id, staged.Provider.Id)
                .With("committedSpend", staged.Total, parameters[Capacity.DollarsPerGw])
                .With("stages", staged.Stages.Count)
                .With("largestStage", staged.LargestStageAt(parameters[Capacity.DollarsPerGw]))
                .WithCurrency(staged.Format, staged.Currency)
                .From(staged.Facts));
    }
}
