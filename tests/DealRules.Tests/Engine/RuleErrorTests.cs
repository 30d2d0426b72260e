using DealRules.Engine;
using DealRules.Tests.Engine.TestRules;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Engine;

public sealed class RuleErrorTests
{
    private static readonly DealEvaluator Evaluator = new(RulePack.Create(
        "failing", [typeof(ThrowingConditionRule), typeof(ThrowingActionRule), typeof(EveryDealRule)], []));

    [Fact]
    public void Throwing_condition_and_action_are_reported_and_other_rules_still_run()
    {
        var report = Evaluator.Evaluate([Document(Deal("deal-one")), Document(Deal("deal-two"))]);

        Assert.Equal(["seen deal-one", "seen deal-two"], report.Findings.Select(f => f.Message).Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                ("STRAT901", "deal-one", "InvalidOperationException: condition exploded on deal-one"),
                ("STRAT901", "deal-two", "InvalidOperationException: condition exploded on deal-two"),
                ("STRAT902", "deal-one", "InvalidOperationException: action exploded on deal-one"),
                ("STRAT902", "deal-two", "InvalidOperationException: action exploded on deal-two"),
            ],
            report.Errors.Select(e => (e.RuleId, string.Join(",", e.DealIds), e.Message)));
    }
}
