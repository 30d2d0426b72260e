using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Circular;

public sealed class InvestorBuysFromInvesteeRuleTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(0.999, false)]
    public void Commitments_to_buy_from_the_investee_fire_at_the_minimum_amount(decimal billions, bool fires)
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(10 * Billion)], ComputeCommitments = [Format2.Committing(billions * Billion, buyer: "hyper", provider: "lab")] };

        Assert.Equal(fires, Evaluation.Evaluate(deal).Of("CIRC005").Count == 1);
    }

    [Theory]
    [InlineData(10, Severity.High)]
    [InlineData(9.99, Severity.Medium)]
    public void Buying_back_at_least_the_investment_is_high(decimal boughtBillions, Severity expected)
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(10 * Billion)], ComputeCommitments = [Format2.Committing(boughtBillions * Billion, buyer: "hyper", provider: "lab")] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC005");

        Assert.Equal(expected, finding.Severity);
        Assert.Equal(["hyper", "lab"], finding.Parties);
        Assert.Equal("USD", finding.Evidence["currency"]);
    }

    [Fact]
    public void An_undisclosed_investment_gives_no_ratio_and_a_medium_finding_that_says_so()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(null)], ComputeCommitments = [Format2.Committing(1.5m * Billion, buyer: "hyper", provider: "lab")] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC005");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(true, finding.Evidence["investmentUndisclosed"]);
        Assert.Null(finding.Evidence["buyBackRatio"]);
        Assert.EndsWith("its investment in it is undisclosed.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_bought_back_is_valued_at_the_price_of_a_gigawatt_and_marked_estimated()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(2 * Billion)], ComputeCommitments = [Format2.Committing(null, buyer: "hyper", provider: "lab", gigawatts: 0.1m)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC005");

        Assert.Equal(5 * Billion, finding.Evidence["committedSpend"]);
        Assert.Equal(true, finding.Evidence["committedSpendEstimated"]);
        Assert.Contains("an estimated $5.0B (0.1 GW at $50.0B a GW)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualified_commitment_carries_its_qualifier()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(2 * Billion)], ComputeCommitments = [Format2.Committing(6.3m * Billion, "hyper", "lab", qualifier: AmountQualifier.AtLeast)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC005");

        Assert.Equal("at-least", finding.Evidence["committedSpendQualifier"]);
        Assert.Contains("at least $6.3B", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_investment_and_the_buying_may_sit_in_different_documents()
    {
        var stake = Format2.Deal("stake") with { Investments = [Format2.Investing(2 * Billion)] };
        var backstop = Format2.Deal("backstop") with { ComputeCommitments = [Format2.Committing(6 * Billion, buyer: "hyper", provider: "lab")] };

        var finding = Evaluation.Evaluate(stake, backstop).Single("CIRC005");

        Assert.Equal(["backstop", "stake"], finding.DealIds);
        Assert.Equal(3m, finding.Evidence["buyBackRatio"]);
    }

    [Fact]
    public void Format_1_documents_are_evaluated_under_catalog_1_and_never_fire_it()
    {
        var deal = TestDeals.Deal() with { Investments = [TestDeals.Investing(Billion)], ComputeCommitments = [TestDeals.Committing(5 * Billion, buyer: "hyper", provider: "lab")] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC005"));
    }
}
