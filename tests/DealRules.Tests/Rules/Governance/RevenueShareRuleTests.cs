using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Governance;

public sealed class RevenueShareRuleTests
{
    [Fact]
    public void Revenue_share_is_low_with_its_percent()
    {
        var deal = Deal() with { Rights = [new Right("hyper", "lab", RightKind.RevenueShare) { Percent = 20 }] };

        var finding = Evaluation.Evaluate(deal).Single("GOV004");

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(20m, finding.Evidence["percent"]);
        Assert.Contains("20%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undisclosed_percent_is_left_out_of_the_evidence()
    {
        var deal = Deal() with { Rights = [new Right("hyper", "lab", RightKind.RevenueShare)] };

        var finding = Evaluation.Evaluate(deal).Single("GOV004");

        Assert.Null(finding.Evidence["percent"]);
        Assert.Contains("undisclosed", finding.Message, StringComparison.Ordinal);
    }
}
