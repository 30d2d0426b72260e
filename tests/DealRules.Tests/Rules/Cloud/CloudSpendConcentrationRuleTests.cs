using DealRules.Authoring;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Cloud;

public sealed class CloudSpendConcentrationRuleTests
{
    [Theory]
    [InlineData(75, 25, true)]
    [InlineData(74.9, 25.1, false)]
    public void Fires_from_the_concentration_threshold(decimal toHyper, decimal toOther, bool fires)
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            ComputeCommitments = [Committing(toHyper * Billion), Committing(toOther * Billion, provider: "other-cloud-co")],
        };

        Assert.Equal(fires, Evaluation.Evaluate(deal).Of("CLOUD004").Count == 1);
    }

    [Fact]
    public void Finding_is_low_and_names_buyer_then_provider()
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            ComputeCommitments = [Committing(9 * Billion), Committing(1 * Billion, provider: "other-cloud-co")],
        };

        var finding = Evaluation.Evaluate(deal).Single("CLOUD004");

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(["lab", "hyper"], finding.Parties);
        Assert.Equal(90m, finding.Evidence["sharePercent"]);
    }

    [Fact]
    public void Undisclosed_commitment_leaves_a_single_disclosed_provider()
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            ComputeCommitments = [Committing(9 * Billion), Committing(null, provider: "other-cloud-co")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD004"));
    }

    [Fact]
    public void Commitments_across_documents_are_one_buyers_total()
    {
        var first = Deal("deal-one") with { ComputeCommitments = [Committing(8 * Billion)] };
        var second = Deal("deal-two", OtherCloud) with { ComputeCommitments = [Committing(2 * Billion, provider: "other-cloud-co")] };

        var finding = Evaluation.Evaluate(first, second).Single("CLOUD004");

        Assert.Equal(["deal-one", "deal-two"], finding.DealIds);
        Assert.Equal(80m, finding.Evidence["sharePercent"]);
    }

    [Theory]
    [InlineData(0.06, true)]
    [InlineData(0.0599, false)]
    public void Format_2_counts_capacity_at_the_price_of_a_gigawatt(decimal gigawatts, bool fires)
    {
        var deal = Format2.Deal(extraParties: OtherCloud) with
        {
            ComputeCommitments = [Format2.Committing(null, gigawatts: gigawatts), Format2.Committing(1 * Billion, provider: "other-cloud-co")],
        };

        Assert.Equal(fires, Evaluation.Evaluate(deal).Of("CLOUD004").Any(f => f.Parties.SequenceEqual(["lab", "hyper"])));
    }
}
