using DealRules.Engine;
using DealRules.Authoring;
using System.Globalization;
using DealRules.Strategic;
using DealRules.Baselines;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

/// <summary>The engine's Rete rules and the hand-written catalog are two implementations of one spec: on generated portfolios they must agree finding for finding.</summary>
public sealed class BaselineParityTests
{
    /// <summary>The portfolios, with how many of the 18 rules fire on them at least (so that the comparison means something).</summary>
    public static TheoryData<string, int> Portfolios => new() { { "independent", 18 }, { "dense", 16 } };

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Engine_and_hand_written_baseline_give_identical_findings_on_1000_generated_deals(string kind, int rulesFiring)
    {
        var generator = new SyntheticDeals(kind == "dense" ? 42 : 41);
        var documents = SyntheticDeals.AsDocuments(kind == "dense" ? generator.Dense(1_000, 50) : generator.Independent(1_000));

        var engine = Evaluation.Evaluator.Evaluate(documents).Findings.Select(Describe).Order(StringComparer.Ordinal).ToArray();
        var baseline = HandWrittenCatalog.Evaluate(documents, RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null)).Select(Describe).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(baseline, engine);
        Assert.True(engine.Length > 1_000, $"only {engine.Length} findings");
        Assert.InRange(engine.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).Distinct().Count(), rulesFiring, 18);
    }

    private static string Describe(Finding finding) =>
        $"{finding.RuleId} {finding.Severity} [{string.Join(",", finding.DealIds)}] [{string.Join(",", finding.Parties)}] " +
        $"{{{string.Join(", ", finding.Evidence.Values.Select(v => $"{v.Key}={Text(v.Value)}"))}}} [{string.Join(",", finding.Facts)}]";

    private static string Text(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable<string> texts => "[" + string.Join(",", texts) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
