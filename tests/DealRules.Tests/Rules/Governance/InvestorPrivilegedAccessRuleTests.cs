using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Governance;

public sealed class InvestorPrivilegedAccessRuleTests
{
    [Theory]
    [InlineData(RightKind.EarlyAccess)]
    [InlineData(RightKind.ExclusiveFeatures)]
    [InlineData(RightKind.Information)]
    public void Access_rights_held_by_an_investor_are_medium(RightKind kind)
    {
        var deal = Deal() with { Investments = [Investing(Billion)], Rights = [new Right("hyper", "lab", kind)] };

        Assert.Equal(Severity.Medium, Evaluation.Evaluate(deal).Single("GOV002").Severity);
    }

    [Theory]
    [InlineData(RightKind.Consultation)]
    [InlineData(RightKind.IpLicense)]
    [InlineData(RightKind.BoardSeat)]
    public void Other_rights_do_not_fire(RightKind kind)
    {
        var deal = Deal() with { Investments = [Investing(Billion)], Rights = [new Right("hyper", "lab", kind)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV002"));
    }

    [Fact]
    public void Access_granted_by_an_investor_to_its_investee_does_not_fire()
    {
        var deal = Deal() with { Investments = [Investing(Billion)], Rights = [new Right("lab", "hyper", RightKind.EarlyAccess)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV002"));
    }
}
