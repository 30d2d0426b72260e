using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Strategic;

public sealed class StagedCommitmentsRuleTests
{
    [Theory]
    [InlineData(6, 4, true)]
    [InlineData(6, 3.999, false)]
    public void Stages_in_several_documents_that_reach_the_anchor_amount_fire(decimal first, decimal second, bool fires)
    {
        var one = Format2.Deal("stage-one") with { ComputeCommitments = [Format2.Committing(first * Billion)] };
        var two = Format2.Deal("stage-two") with { ComputeCommitments = [Format2.Committing(second * Billion)] };

        Assert.Equal(fires, Evaluation.Evaluate(one, two).Of("STRAT002").Count == 1);
    }

    [Fact]
    public void Commitments_in_one_document_are_STRAT001s_not_staged()
    {
        var deal = Format2.Deal() with { ComputeCommitments = [Format2.Committing(6 * Billion), Format2.Committing(6 * Billion)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("STRAT002"));
    }

    [Fact]
    public void The_finding_lists_each_stage_with_its_qualifier_and_the_total()
    {
        var one = Format2.Deal("stage-one") with { ComputeCommitments = [Format2.Committing(11.9m * Billion, qualifier: AmountQualifier.UpTo)] };
        var two = Format2.Deal("stage-two") with { ComputeCommitments = [Format2.Committing(4 * Billion, qualifier: AmountQualifier.UpTo)] };
        var three = Format2.Deal("stage-three") with { ComputeCommitments = [Format2.Committing(6.5m * Billion, qualifier: AmountQualifier.UpTo)] };

        var finding = Evaluation.Evaluate(one, two, three).Single("STRAT002");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(Perspective.Market, finding.Perspective);
        Assert.Equal(["lab", "hyper"], finding.Parties);
        Assert.Equal(22.4m * Billion, finding.Evidence["committedSpend"]);
        Assert.Equal("up-to", finding.Evidence["committedSpendQualifier"]);
        Assert.Equal(3m, finding.Evidence["stages"]);
        Assert.Equal(11.9m * Billion, finding.Evidence["largestStage"]);
        Assert.Equal("Frontier Lab's commitments to Hyper Cloud, made in 3 stages, total up to $22.4B: up to $11.9B, up to $6.5B and up to $4.0B.", finding.Message);
    }

    [Fact]
    public void A_superseded_stage_is_not_counted()
    {
        var first = Format2.Deal("first-report") with { ComputeCommitments = [Format2.Committing(8 * Billion)] };
        var restated = Format2.Deal("restated") with { Supersedes = ["first-report"], ComputeCommitments = [Format2.Committing(8 * Billion)] };
        var extension = Format2.Deal("extension") with { ComputeCommitments = [Format2.Committing(1 * Billion)] };

        Assert.Empty(Evaluation.Evaluate(first, restated, extension).Of("STRAT002"));
    }

    [Fact]
    public void A_stage_known_by_capacity_is_estimated()
    {
        var one = Format2.Deal("stage-one") with { ComputeCommitments = [Format2.Committing(3 * Billion)] };
        var two = Format2.Deal("stage-two") with { ComputeCommitments = [Format2.Committing(null, gigawatts: 0.14m)] };

        var finding = Evaluation.Evaluate(one, two).Single("STRAT002");

        Assert.Equal(10 * Billion, finding.Evidence["committedSpend"]);
        Assert.Equal(true, finding.Evidence["committedSpendEstimated"]);
    }
}
