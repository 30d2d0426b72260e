using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Cloud;

public sealed class MultiCloudFreedomRuleTests
{
    private static readonly Party Multi = new("multi", "Multi Cloud", PartyKind.Hyperscaler) { Clouds = ["multi-east", "multi-west"] };

    [Fact]
    public void Clouds_of_two_distinct_providers_keep_flexibility()
    {
        var deal = Deal(extraParties: OtherCloud) with { CloudTerms = [new CloudTerms("lab") { PermittedClouds = ["hyper-cloud", "other-cloud"] }] };

        var finding = Evaluation.Evaluate(deal).Single("CLOUD003");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(["lab", "hyper", "other-cloud-co"], finding.Parties);
    }

    [Fact]
    public void Two_clouds_of_one_provider_are_not_enough()
    {
        var deal = Deal(extraParties: Multi) with { CloudTerms = [new CloudTerms("lab") { PermittedClouds = ["multi-east", "multi-west"] }] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD003"));
    }

    [Fact]
    public void Clouds_no_declared_party_controls_do_not_count()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { PermittedClouds = ["hyper-cloud", "unknown-cloud"] }] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD003"));
    }

    [Fact]
    public void Exclusivity_in_other_terms_for_the_same_party_cancels_it()
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            CloudTerms =
            [
                new CloudTerms("lab") { PermittedClouds = ["hyper-cloud", "other-cloud"] },
                new CloudTerms("lab") { ExclusiveCloud = "hyper-cloud" },
            ],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD003"));
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void Profile_sets_the_minimum_number_of_providers(decimal minimum, bool fires)
    {
        var deal = Deal(extraParties: OtherCloud) with { CloudTerms = [new CloudTerms("lab") { PermittedClouds = ["hyper-cloud", "other-cloud"] }] };

        var report = Evaluation.Evaluate(new Dictionary<string, decimal> { ["cloud.minimumProviders"] = minimum }, deal);

        Assert.Equal(fires, report.Of("CLOUD003").Count == 1);
    }
}
