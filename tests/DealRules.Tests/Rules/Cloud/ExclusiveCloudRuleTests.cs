using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Cloud;

public sealed class ExclusiveCloudRuleTests
{
    [Fact]
    public void Exclusive_cloud_is_high_and_names_its_controller()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { ExclusiveCloud = "hyper-cloud" }] };

        var finding = Evaluation.Evaluate(deal).Single("CLOUD001");

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(["lab", "hyper"], finding.Parties);
        Assert.Equal("hyper-cloud", finding.Evidence["exclusiveCloud"]);
    }

    [Fact]
    public void Exclusive_cloud_no_declared_party_controls_still_fires()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { ExclusiveCloud = "mystery-cloud" }] };

        Assert.Equal(["lab"], Evaluation.Evaluate(deal).Single("CLOUD001").Parties);
    }

    [Fact]
    public void Terms_without_exclusivity_do_not_fire()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { PermittedClouds = ["hyper-cloud"] }] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD001"));
    }
}
