using DealRules.Documents;
using DealRules.Model;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Validation;

/// <summary>Each rule of the document format, broken once; the problem must name the location and what was expected.</summary>
public sealed class DealValidationTests
{
    private static DocumentProblem SingleProblem(Deal deal)
    {
        var result = DealDocumentReader.Read(DealDocumentWriter.Write(deal), "deal.json");
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    private static void AssertRejected(Deal deal, string location, string messagePart)
    {
        var problem = SingleProblem(deal);
        Assert.Equal(location, problem.Location);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deal_id_must_be_an_id() =>
        AssertRejected(Deal("Bad_Id"), "$.id", "'Bad_Id' is not an id");

    [Fact]
    public void Party_id_must_be_an_id() =>
        AssertRejected(Deal() with { Parties = [Investor, Lab with { Id = "lab-" }] }, "$.parties[1].id", "is not an id");

    [Fact]
    public void Product_ids_must_be_ids() =>
        AssertRejected(Deal() with { Parties = [Investor with { Chips = ["Hyper Chip"] }, Lab] }, "$.parties[0].chips[0]", "is not an id");

    [Fact]
    public void At_least_two_parties() =>
        AssertRejected(Deal() with { Parties = [Investor] }, "$.parties", "at least two parties");

    [Fact]
    public void Party_ids_are_unique() =>
        AssertRejected(Deal() with { Parties = [Investor, Lab, Lab with { Name = "Again" }] }, "$.parties[2].id", "declared twice; first at $.parties[1]");

    [Fact]
    public void A_product_has_at_most_one_controller() =>
        AssertRejected(Deal() with { Parties = [Investor, Lab with { Clouds = ["hyper-cloud"] }] }, "$.parties[1].clouds[0]", "already controlled by 'hyper'");

    [Fact]
    public void Referenced_parties_must_be_declared() =>
        AssertRejected(Deal() with { Investments = [Investing(1, investee: "ghost")] }, "$.investments[0].investee", "'ghost' is not a declared party");

    [Fact]
    public void Investor_and_investee_differ() =>
        AssertRejected(Deal() with { Investments = [Investing(1, investor: "lab", investee: "lab")] }, "$.investments[0].investee", "expected two different parties");

    [Fact]
    public void Buyer_and_provider_differ() =>
        AssertRejected(Deal() with { ComputeCommitments = [Committing(1, "lab", "lab")] }, "$.computeCommitments[0].provider", "expected two different parties");

    [Fact]
    public void Amounts_are_not_negative() =>
        AssertRejected(Deal() with { Investments = [Investing(-1)] }, "$.investments[0].amount", "-1 is negative");

    [Fact]
    public void Valuations_are_not_negative() =>
        AssertRejected(Deal() with { Investments = [Investing(1) with { PostMoneyValuation = -2 }] }, "$.investments[0].postMoneyValuation", "is negative");

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void Percentages_are_between_0_and_100(decimal percent) =>
        AssertRejected(Deal() with { Investments = [Investing(1) with { StakePercent = percent }] }, "$.investments[0].stakePercent", "outside 0–100");

    [Fact]
    public void Mandate_share_is_a_percentage() =>
        AssertRejected(
            Deal() with { ChipMandates = [new ChipMandate("lab", ["hyper-chip"], [Workload.Training], true) { MinimumSharePercent = 101 }] },
            "$.chipMandates[0].minimumSharePercent", "outside 0–100");

    [Fact]
    public void Mandate_names_at_least_one_chip() =>
        AssertRejected(Deal() with { ChipMandates = [new ChipMandate("lab", [], [Workload.Training], true)] }, "$.chipMandates[0].chips", "at least one chip");

    [Fact]
    public void Exclusive_cloud_contradicts_other_permitted_clouds() =>
        AssertRejected(
            Deal() with { CloudTerms = [new CloudTerms("lab") { ExclusiveCloud = "hyper-cloud", PermittedClouds = ["hyper-cloud", "other-cloud"] }] },
            "$.cloudTerms[0].permittedClouds", "contradict");

    [Fact]
    public void Exclusive_cloud_alone_in_permitted_clouds_is_consistent()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { ExclusiveCloud = "hyper-cloud", PermittedClouds = ["hyper-cloud"] }] };

        Assert.True(DealDocumentReader.Read(DealDocumentWriter.Write(deal), "deal.json").Succeeded);
    }

    [Fact]
    public void Revenue_share_percent_is_a_percentage() =>
        AssertRejected(Deal() with { Rights = [new Right("hyper", "lab", RightKind.RevenueShare) { Percent = 150 }] }, "$.rights[0].percent", "outside 0–100");

    [Fact]
    public void Ipo_party_must_be_declared() =>
        AssertRejected(Deal() with { Ipo = new Ipo("ghost") }, "$.ipo.party", "not a declared party");

    [Fact]
    public void Stake_parties_must_be_declared() =>
        AssertRejected(Deal() with { RelatedStakes = [new Stake("hyper", "ghost")] }, "$.relatedStakes[0].investee", "not a declared party");

    [Fact]
    public void Currency_is_an_iso_code() =>
        AssertRejected(Deal() with { Currency = "dollars" }, "$.currency", "ISO 4217");

    [Fact]
    public void Title_is_not_empty() =>
        AssertRejected(Deal() with { Title = "" }, "$.title", "non-empty title");

    [Fact]
    public void Commitment_term_is_positive() =>
        AssertRejected(Deal() with { ComputeCommitments = [Committing(1) with { Years = 0 }] }, "$.computeCommitments[0].years", "above 0");
}
