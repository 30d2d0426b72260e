using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Cloud;

public sealed class FirstRefusalCloudRuleTests
{
    [Fact]
    public void First_refusal_cloud_is_medium()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { FirstRefusalCloud = "hyper-cloud", PermittedClouds = ["hyper-cloud"] }] };

        var finding = Evaluation.Evaluate(deal).Single("CLOUD002");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(["test-deal#/cloudTerms/0"], finding.Facts);
    }

    [Fact]
    public void Terms_without_first_refusal_do_not_fire()
    {
        var deal = Deal() with { CloudTerms = [new CloudTerms("lab") { ExclusiveCloud = "hyper-cloud" }] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CLOUD002"));
    }
}
