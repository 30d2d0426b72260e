using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Valuation;

public sealed class UnconfirmedTermsRuleTests
{
    [Theory]
    [InlineData(DealStatus.Rumored, true)]
    [InlineData(DealStatus.Reported, true)]
    [InlineData(DealStatus.Announced, false)]
    [InlineData(DealStatus.Signed, false)]
    [InlineData(DealStatus.Closed, false)]
    [InlineData(DealStatus.Terminated, false)]
    public void Fires_only_for_rumored_and_reported_deals(DealStatus status, bool fires)
    {
        var report = Evaluation.Evaluate(Deal() with { Status = status });

        Assert.Equal(fires, report.Of("VAL002").Count == 1);
    }

    [Fact]
    public void Points_at_the_status()
    {
        var finding = Evaluation.Evaluate(Deal() with { Status = DealStatus.Rumored }).Single("VAL002");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(["test-deal#/status"], finding.Facts);
    }
}
