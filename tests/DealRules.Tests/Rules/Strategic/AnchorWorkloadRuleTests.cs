using DealRules.Authoring;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Strategic;

public sealed class AnchorWorkloadRuleTests
{
    [Theory]
    [InlineData(10, true)]
    [InlineData(9.999, false)]
    public void Commitments_back_reaching_the_anchor_amount_fire(decimal billions, bool fires)
    {
        var deal = Deal() with { Investments = [Investing(null)], ComputeCommitments = [Committing(billions * Billion)] };

        Assert.Equal(fires, Evaluation.Evaluate(deal).Of("STRAT001").Count == 1);
    }

    [Fact]
    public void Several_commitments_to_the_investor_add_up_and_undisclosed_ones_do_not_count()
    {
        var deal = Deal() with
        {
            Investments = [Investing(Billion)],
            ComputeCommitments = [Committing(6 * Billion), Committing(4 * Billion), Committing(null)],
        };

        var finding = Evaluation.Evaluate(deal).Single("STRAT001");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(10 * Billion, finding.Evidence["committedSpend"]);
        Assert.Equal(["test-deal#/investments/0", "test-deal#/computeCommitments/0", "test-deal#/computeCommitments/1"], finding.Facts);
    }

    [Fact]
    public void Commitments_to_a_provider_that_did_not_invest_do_not_fire()
    {
        var deal = Deal() with { ComputeCommitments = [Committing(20 * Billion)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("STRAT001"));
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.1999, false)]
    public void Format_2_values_capacity_committed_to_the_investor(decimal gigawatts, bool fires)
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(null)], ComputeCommitments = [Format2.Committing(null, gigawatts: gigawatts)] };

        var findings = Evaluation.Evaluate(deal).Of("STRAT001");

        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            Assert.Equal(true, findings[0].Evidence["committedSpendEstimated"]);
            Assert.Equal(["test-deal#/investments/0", "test-deal#/computeCommitments/0"], findings[0].Facts);
        }
    }

    [Fact]
    public void Format_2_states_the_qualifier_of_a_floor()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(5 * Billion)], ComputeCommitments = [Format2.Committing(100 * Billion, qualifier: Model.AmountQualifier.AtLeast)] };

        var finding = Evaluation.Evaluate(deal).Single("STRAT001");

        Assert.StartsWith("Frontier Lab has committed at least $100.0B to its investor Hyper Cloud", finding.Message, StringComparison.Ordinal);
        Assert.Equal("at-least", finding.Evidence["committedSpendQualifier"]);
    }
}
