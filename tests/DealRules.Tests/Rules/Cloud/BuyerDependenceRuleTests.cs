using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Cloud;

public sealed class BuyerDependenceRuleTests
{
    private static readonly Party Rival = OtherLab;

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(4.999, 5.001, false)]
    public void One_buyer_holding_half_of_a_providers_commitments_fires(decimal labBillions, decimal rivalBillions, bool fires)
    {
        var deal = Format2.Deal(extraParties: Rival) with
        {
            ComputeCommitments = [Format2.Committing(labBillions * Billion), Format2.Committing(rivalBillions * Billion, buyer: "rival-lab")],
        };

        var findings = Evaluation.Evaluate(deal).Of("CLOUD005");

        Assert.Equal(fires, findings.Any(f => f.Parties.SequenceEqual(["hyper", "lab"])));
    }

    [Fact]
    public void A_provider_with_one_known_buyer_does_not_fire()
    {
        var deal = Format2.Deal() with { ComputeCommitments = [Format2.Committing(50 * Billion)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD005"));
    }

    [Fact]
    public void Undisclosed_commitments_count_for_no_buyer()
    {
        var deal = Format2.Deal(extraParties: Rival) with
        {
            ComputeCommitments = [Format2.Committing(9 * Billion), Format2.Committing(null, buyer: "rival-lab")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD005"));
    }

    [Fact]
    public void Capacity_counts_at_the_price_of_a_gigawatt_and_the_finding_says_it_is_estimated()
    {
        var deal = Format2.Deal(extraParties: Rival) with
        {
            ComputeCommitments = [Format2.Committing(null, gigawatts: 1), Format2.Committing(10 * Billion, buyer: "rival-lab")],
        };

        var finding = Evaluation.Evaluate(deal).Single("CLOUD005");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(Perspective.Investor, finding.Perspective);
        Assert.Equal(83.3333m, finding.Evidence["sharePercent"]);
        Assert.Equal(true, finding.Evidence["buyerAmountEstimated"]);
        Assert.Equal("USD", finding.Evidence["currency"]);
    }

    [Fact]
    public void Commitments_in_different_documents_add_up_per_provider()
    {
        var first = Format2.Deal("first") with { ComputeCommitments = [Format2.Committing(6 * Billion)] };
        var second = Format2.Deal("second", Rival) with { ComputeCommitments = [Format2.Committing(4 * Billion, buyer: "rival-lab")] };

        var finding = Evaluation.Evaluate(first, second).Single("CLOUD005");

        Assert.Equal(["first", "second"], finding.DealIds);
        Assert.Equal(60m, finding.Evidence["sharePercent"]);
    }

    [Fact]
    public void The_threshold_is_a_profile_parameter()
    {
        var deal = Format2.Deal(extraParties: Rival) with
        {
            ComputeCommitments = [Format2.Committing(4 * Billion), Format2.Committing(6 * Billion, buyer: "rival-lab")],
        };

        var report = Evaluation.Evaluate(new Dictionary<string, decimal> { ["cloud.buyerDependencePercent"] = 40m }, deal);

        Assert.Equal(2, report.Of("CLOUD005").Count);
    }
}
