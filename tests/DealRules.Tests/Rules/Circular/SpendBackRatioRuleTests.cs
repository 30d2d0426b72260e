using DealRules.Model;
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

    [Theory]
    [InlineData(0.1, Severity.Medium)]
    [InlineData(0.0999, null)]
    public void Format_2_values_capacity_at_the_price_of_a_gigawatt_at_and_just_below_the_threshold(decimal gigawatts, Severity? expected)
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(10 * Billion)], ComputeCommitments = [Format2.Committing(null, gigawatts: gigawatts)] };

        Assert.Equal(expected, Evaluation.Evaluate(deal).Of("CIRC001").SingleOrDefault()?.Severity);
    }

    [Fact]
    public void Format_2_marks_an_estimated_figure_as_estimated_in_the_message_and_the_evidence()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(100 * Billion, AmountQualifier.UpTo, InvestmentCondition.Consumption)], ComputeCommitments = [Format2.Committing(null, gigawatts: 10)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC001");

        Assert.Equal("Frontier Lab has committed an estimated $500.0B (10 GW at $50.0B a GW) to Hyper Cloud, 5.0× Hyper Cloud's up to $100.0B investment in it.", finding.Message);
        Assert.Equal(500 * Billion, finding.Evidence["committedSpend"]);
        Assert.Equal(true, finding.Evidence["committedSpendEstimated"]);
        Assert.Equal(10m, finding.Evidence["committedSpendCapacityGw"]);
        Assert.Equal(50 * Billion, finding.Evidence["dollarsPerGw"]);
        Assert.Equal("up-to", finding.Evidence["investedQualifier"]);
        Assert.Equal("USD", finding.Evidence["currency"]);
    }

    [Fact]
    public void Format_2_sets_milestone_money_apart_and_counts_consumption_money()
    {
        var deal = Format2.Deal() with
        {
            Investments = [Format2.Investing(10 * Billion), Format2.Investing(20 * Billion, condition: InvestmentCondition.Milestone), Format2.Investing(10 * Billion, condition: InvestmentCondition.Consumption)],
            ComputeCommitments = [Format2.Committing(10 * Billion)],
        };

        var finding = Evaluation.Evaluate(deal).Single("CIRC001");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(20 * Billion, finding.Evidence["invested"]);
        Assert.Equal(20 * Billion, finding.Evidence["conditionalInvested"]);
        Assert.EndsWith("(a further $20.0B is conditional and not counted).", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test-deal#/investments/1", finding.Facts);
    }

    [Fact]
    public void Format_1_keeps_its_evidence_without_currency_and_ignores_capacity()
    {
        var deal = Deal() with { Investments = [Investing(10 * Billion)], ComputeCommitments = [Committing(6 * Billion) with { CapacityGw = 10 }] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC001");

        Assert.Equal(["spendBackRatio", "committedSpend", "invested"], finding.Evidence.Values.Select(v => v.Key));
        Assert.Equal(0.6m, finding.Evidence["spendBackRatio"]);
    }

    [Fact]
    public void Format_2_never_adds_superseded_money()
    {
        var first = Format2.Deal("first-report") with { Investments = [Format2.Investing(1.25m * Billion)] };
        var total = Format2.Deal("full-report") with { Supersedes = ["first-report"], Investments = [Format2.Investing(1.25m * Billion), Format2.Investing(2.75m * Billion)] };
        var spend = Format2.Deal("spend") with { ComputeCommitments = [Format2.Committing(4 * Billion)] };

        var finding = Evaluation.Evaluate(first, total, spend).Single("CIRC001");

        Assert.Equal(4 * Billion, finding.Evidence["invested"]);
        Assert.Equal(["full-report", "spend"], finding.DealIds);
    }

    [Fact]
    public void Format_2_counts_amended_money_on_top()
    {
        var first = Format2.Deal("tranche-one") with { Investments = [Format2.Investing(4 * Billion)] };
        var second = Format2.Deal("tranche-two") with { Amends = ["tranche-one"], Investments = [Format2.Investing(4 * Billion)] };
        var spend = Format2.Deal("spend") with { ComputeCommitments = [Format2.Committing(8 * Billion)] };

        Assert.Equal(8 * Billion, Evaluation.Evaluate(first, second, spend).Single("CIRC001").Evidence["invested"]);
    }

    [Fact]
    public void Money_in_another_currency_names_its_currency()
    {
        var deal = Format2.Deal() with { Currency = "EUR", Investments = [Format2.Investing(15_000_000m)], ComputeCommitments = [Format2.Committing(15_000_000m)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC001");

        Assert.Equal("EUR", finding.Evidence["currency"]);
        Assert.Contains("€15.0M", finding.Message, StringComparison.Ordinal);
    }
}
