using DealRules.Engine;
using DealRules.Observation;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Engine.TestRules;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Observation;

public sealed class EvaluationObserverTests
{
    private static readonly Model.Deal LowSpendBack = Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(4.9m * Billion)] };
    private static readonly Model.Deal HighSpendBack = Deal("high-deal") with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(12 * Billion)] };

    [Fact]
    public void Coverage_counts_a_condition_false_then_true_and_the_firing()
    {
        var observer = EvaluationObserver.ForCoverage();

        Evaluation.Evaluator.Evaluate([Document(LowSpendBack)], null, observer);
        var afterLow = observer.Coverage().Rules.Single(r => r.RuleId == "CIRC001");
        Evaluation.Evaluator.Evaluate([Document(HighSpendBack)], null, observer);
        var afterHigh = observer.Coverage().Rules.Single(r => r.RuleId == "CIRC001");

        var condition = Assert.Single(afterLow.Conditions);
        Assert.Equal((0L, 1L, 0L), (condition.WhenTrue, condition.WhenFalse, afterLow.Fired));
        Assert.Equal("flow", condition.Alias);
        Assert.Equal("SpendBack", condition.FactType);
        Assert.Contains("parameters[SpendBackRatioRule.SpendBackMedium]", condition.Text, StringComparison.Ordinal);
        Assert.Equal((1L, 1L, 1L), (afterHigh.Conditions[0].WhenTrue, afterHigh.Conditions[0].WhenFalse, afterHigh.Fired));
        Assert.True(afterHigh.Conditions[0].Covered);
    }

    [Fact]
    public void Coverage_lists_every_rule_of_the_pack_even_those_no_fact_reached()
    {
        var observer = EvaluationObserver.ForCoverage();

        Evaluation.Evaluator.Evaluate([Document(Deal())], null, observer);
        var coverage = observer.Coverage();

        Assert.Equal(Evaluation.Evaluator.Pack.Rules.Select(r => r.Id), coverage.Rules.Select(r => r.RuleId));
        Assert.Equal(0, coverage.RulesFired);
        Assert.Equal(coverage.Rules.Count, coverage.NeverFired.Count());
        Assert.All(coverage.Rules.SelectMany(r => r.Conditions), c => Assert.Equal(0, c.WhenTrue));
    }

    [Fact]
    public void A_condition_NRules_shares_between_two_rules_counts_for_both()
    {
        // CHIP001 and CHIP002 both begin with a mandate that binds the investee: one alpha node, two rules.
        var pack = RulePack.FromAssemblyOf<StrategicRules>();
        var observer = EvaluationObserver.ForCoverage();
        var deals = Samples.Read("nimbus-cortex-2026-03.json");

        Evaluation.Evaluator.Evaluate([deals], null, observer);
        var conditionsSeen = observer.Coverage().Rules.Where(r => r.Conditions.Count > 0).ToDictionary(r => r.RuleId, r => r.Conditions.Sum(c => c.WhenTrue + c.WhenFalse));

        Assert.Equal(pack.Rules.Count, observer.Coverage().Rules.Count);
        var shared = observer.Coverage().Rules.SelectMany(r => r.Conditions.Select(c => (r.RuleId, c.Text))).GroupBy(c => c.Text).Where(g => g.Count() > 1).ToArray();
        Assert.NotEmpty(shared);
        Assert.All(shared.SelectMany(g => g), c => Assert.True(conditionsSeen[c.RuleId] > 0, $"{c.RuleId}'s shared condition {c.Text} was not counted"));
    }

    [Fact]
    public void Explanation_names_the_first_false_condition_and_the_values_it_compared()
    {
        var observer = EvaluationObserver.ForExplanation("CIRC001");

        Evaluation.Evaluator.Evaluate([Document(LowSpendBack)], null, observer);
        var explanation = Assert.Single(observer.Explanations());

        Assert.Equal("CIRC001", explanation.RuleId);
        Assert.False(explanation.Fired);
        var candidate = Assert.Single(explanation.Candidates);
        Assert.Contains(candidate.Facts, f => f.StartsWith("SpendBack hyper -> lab (test-deal#/investments/0", StringComparison.Ordinal));
        Assert.Contains(candidate.Facts, f => f == "RuleParameters (profile default)");
        var failing = candidate.FirstFailing!;
        Assert.Equal((1, false), (failing.Number, failing.Result));
        Assert.Equal(["0.49", "0.5"], failing.Values.Select(v => v.Value.TrimEnd('0').TrimEnd('.')));
    }

    [Fact]
    public void Explanation_of_a_rule_that_fired_lists_its_firing_facts()
    {
        var observer = EvaluationObserver.ForExplanation("CIRC001");

        Evaluation.Evaluator.Evaluate([Document(HighSpendBack)], null, observer);
        var explanation = Assert.Single(observer.Explanations());

        Assert.True(explanation.Fired);
        Assert.Contains(Assert.Single(explanation.Firings), f => f.StartsWith("SpendBack hyper -> lab (high-deal#/investments/0", StringComparison.Ordinal));
        Assert.Null(Assert.Single(explanation.Candidates).FirstFailing);
    }

    [Fact]
    public void A_condition_that_throws_is_counted_as_failed_and_explained_with_its_exception()
    {
        var evaluator = new DealEvaluator(RulePack.Create("failing", [typeof(ThrowingConditionRule)], []));
        var observer = new EvaluationObserver(true, ["STRAT901"]);

        evaluator.Evaluate([Document(Deal())], null, observer);

        Assert.Equal(1, observer.Coverage().Rules.Single().Conditions.Single().Failed);
        var outcome = observer.Explanations().Single().Candidates.Single().FirstFailing!;
        Assert.Equal((null, "InvalidOperationException"), (outcome.Result, outcome.Error));
    }

    [Fact]
    public void An_observed_evaluation_writes_the_same_report_byte_for_byte()
    {
        var documents = Corpus.ReadAll();

        var plain = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents));
        var observed = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents, null, new EvaluationObserver(true, ["CIRC001", "CIRC003"])));

        Assert.Equal(plain, observed);
    }
}
