using DealRules.Authoring;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

public sealed class SpecExampleTests
{
    [Fact]
    public void Example_gives_exactly_the_nine_findings_of_the_catalog()
    {
        var report = Evaluation.Evaluate(Samples.Read("amazon-openai-2025-12.json"));

        var findings = report.Findings.Select(f => (f.RuleId, f.Severity)).OrderBy(f => f.RuleId, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                ("CHIP001", Severity.Medium), ("CHIP002", Severity.Info), ("CIRC001", Severity.High), ("CLOUD003", Severity.Info),
                ("GOV002", Severity.Medium), ("GOV003", Severity.Medium), ("STRAT001", Severity.Info), ("VAL001", Severity.Low),
                ("VAL002", Severity.Info),
            ],
            findings);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Example_spend_back_ratio_is_3_8_with_both_sums()
    {
        var report = Evaluation.Evaluate(Samples.Read("amazon-openai-2025-12.json"));

        var circular = Assert.Single(report.Findings, f => f.RuleId == "CIRC001");
        Assert.Equal(3.8m, circular.Evidence["spendBackRatio"]);
        Assert.Equal(38_000_000_000m, circular.Evidence["committedSpend"]);
        Assert.Equal(10_000_000_000m, circular.Evidence["invested"]);
        Assert.Equal(["amazon", "openai"], circular.Parties);
        Assert.Equal("OpenAI has committed $38.0B to Amazon, 3.8× Amazon's $10.0B investment in it.", circular.Message);
        Assert.Equal(["amazon-openai-2025-12#/investments/0", "amazon-openai-2025-12#/computeCommitments/0"], circular.Facts);
    }

    [Fact]
    public void Example_ipo_multiple_is_2_0()
    {
        var report = Evaluation.Evaluate(Samples.Read("amazon-openai-2025-12.json"));

        var valuation = Assert.Single(report.Findings, f => f.RuleId == "VAL001");
        Assert.Equal(2m, valuation.Evidence["multiple"]);
        Assert.Equal(20_000_000_000m, valuation.Evidence["impliedStakeValue"]);
    }
}
