using DealRules.Authoring;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Circular;

public sealed class SpendBackRatioRuleTests
{
    [Theory]
    [InlineData(4.9, null)]
    [InlineData(5, Severity.Medium)]
    [InlineData(9.9, Severity.Medium)]
    [InlineData(10, Severity.High)]
    public void Ratio_thresholds_are_inclusive(decimal committedBillions, Severity? expected)
    {
        var deal = Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(committedBillions * Billion)] };

        var findings = Evaluation.Evaluate(deal).Of("CIRC001");

        Assert.Equal(expected, findings.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void Undisclosed_investment_gives_no_ratio()
    {
        var deal = Deal() with { Investments = [Investing(null)], ComputeCommitments = [Committing(10 * Billion)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC001"));
    }

    [Fact]
    public void Undisclosed_commitment_is_not_counted_as_zero_beside_a_disclosed_one()
    {
        var deal = Deal() with
        {
            Investments = [Investing(10 * Billion)],
            ComputeCommitments = [Committing(6 * Billion), Committing(null)],
        };

        var finding = Evaluation.Evaluate(deal).Single("CIRC001");

        Assert.Equal(0.6m, finding.Evidence["spendBackRatio"]);
        Assert.Equal(["test-deal#/investments/0", "test-deal#/computeCommitments/0"], finding.Facts);
    }

    [Fact]
    public void Sums_span_every_document_of_the_portfolio()
    {
        var first = Deal("deal-one") with { Investments = [Investing(4 * Billion), Investing(6 * Billion)] };
        var second = Deal("deal-two") with { ComputeCommitments = [Committing(7 * Billion)] };

        var finding = Evaluation.Evaluate(first, second).Single("CIRC001");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(["deal-one", "deal-two"], finding.DealIds);
        Assert.Equal(0.7m, finding.Evidence["spendBackRatio"]);
        Assert.Equal(10 * Billion, finding.Evidence["invested"]);
        Assert.Equal(7 * Billion, finding.Evidence["committedSpend"]);
    }

    [Fact]
    public void Spend_with_another_provider_does_not_count()
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            Investments = [Investing(10 * Billion)],
            ComputeCommitments = [Committing(10 * Billion, provider: "other-cloud-co")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC001"));
    }

    [Fact]
    public void Profile_can_raise_the_high_threshold()
    {
        var deal = Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(12 * Billion)] };

        var report = Evaluation.Evaluate(new Dictionary<string, decimal> { ["circular.spendBackHigh"] = 1.5m }, deal);

        Assert.Equal(Severity.Medium, report.Single("CIRC001").Severity);
    }
}
