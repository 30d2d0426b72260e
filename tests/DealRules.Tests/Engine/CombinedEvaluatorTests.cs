using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Observation;
using DealRules.Profiles;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Engine.TestRules;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Engine;

public sealed class CombinedEvaluatorTests
{
    private static readonly RulePack Catalog = RulePack.FromAssemblyOf<StrategicRules>();
    private static readonly RulePack EveryDeal = RulePack.Create("every-deal", [typeof(EveryDealRule)], []);

    [Fact]
    public void Report_counts_both_packs_rules_and_holds_both_sets_of_findings_in_report_order()
    {
        var documents = new[] { Document(Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(12 * Billion)] }) };
        using var combined = new CombinedEvaluator([new DealEvaluator(Catalog), new DealEvaluator(EveryDeal)]);

        var report = combined.Evaluate(documents);
        var catalogAlone = Evaluation.Evaluate(documents);

        Assert.Equal(Catalog.RulesInForce(1) + 1, report.Summary.RulesEvaluated);
        Assert.Equal(catalogAlone.Findings.Count + 1, report.Findings.Count);
        Assert.Contains(report.Findings, f => f.RuleId == "STRAT903");
        Assert.Equal(report.Findings.Order(FindingOrder.Instance), report.Findings);
        Assert.Equal(catalogAlone.Findings.Select(f => (f.RuleId, f.Message)), report.Findings.Where(f => f.RuleId != "STRAT903").Select(f => (f.RuleId, f.Message)));
    }

    [Fact]
    public void A_rule_id_used_by_both_packs_is_refused_naming_both()
    {
        var clashing = RulePack.Create("my-pack", [typeof(SameIdRule)], []);

        var error = Assert.Throws<RulePackException>(() => new CombinedEvaluator([new DealEvaluator(EveryDeal), new DealEvaluator(clashing)]));

        Assert.Equal("Rule id 'STRAT903' is used by every-deal (EveryDealRule) and by my-pack (SameIdRule); rename the rule of your pack.", error.Message);
    }

    [Fact]
    public void A_parameter_two_packs_declare_differently_is_refused()
    {
        var first = RulePack.Describe("first", [], [new ParameterDefinition("shared.amount", 5, ParameterKind.Amount, null)]);
        var second = RulePack.Describe("second", [], [new ParameterDefinition("shared.amount", 6, ParameterKind.Amount, null)]);

        var error = Assert.Throws<RulePackException>(() => RulePack.Combine([first, second]));

        Assert.StartsWith("Parameter 'shared.amount' is declared by first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_reaches_each_pack_and_an_observer_watches_both()
    {
        var documents = new[] { Document(Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(6 * Billion)] }) };
        using var combined = new CombinedEvaluator([new DealEvaluator(Catalog), new DealEvaluator(EveryDeal)]);
        var observer = EvaluationObserver.ForCoverage();

        var report = combined.Evaluate(documents, new Profile("strict", new Dictionary<string, decimal> { ["circular.spendBackHigh"] = 0.55m }), observer);

        Assert.Equal("strict", report.Profile);
        Assert.Equal(Severity.High, report.Single("CIRC001").Severity);
        Assert.Equal(Catalog.Rules.Count + 1, observer.Coverage().Rules.Count);
        Assert.Equal(1, observer.Coverage().Rules.Single(r => r.RuleId == "STRAT903").Fired);
    }

    [Fact]
    public void Only_keeps_the_rules_named_and_refuses_an_unknown_id()
    {
        var only = Catalog.Only(["CIRC001", "CIRC003"]);

        Assert.Equal(["CIRC001", "CIRC003"], only.Rules.Select(r => r.Id));
        Assert.Equal(Catalog.Parameters, only.Parameters);
        Assert.Throws<RulePackException>(() => Catalog.Only(["NOPE001"]));
    }
}
