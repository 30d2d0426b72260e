using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Governance;

public sealed class InvestorBoardRightRuleTests
{
    [Theory]
    [InlineData(RightKind.BoardSeat, Severity.High)]
    [InlineData(RightKind.BoardObserver, Severity.Medium)]
    public void Board_rights_held_by_an_investor(RightKind kind, Severity expected)
    {
        var deal = Deal() with { Investments = [Investing(null)], Rights = [new Right("hyper", "lab", kind)] };

        var finding = Evaluation.Evaluate(deal).Single("GOV001");

        Assert.Equal(expected, finding.Severity);
        Assert.Equal(["test-deal#/rights/0", "test-deal#/investments/0"], finding.Facts);
    }

    [Fact]
    public void Board_seat_held_by_a_non_investor_does_not_fire()
    {
        var deal = Deal() with { Rights = [new Right("hyper", "lab", RightKind.BoardSeat)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV001"));
    }

    [Fact]
    public void Board_seat_at_a_company_the_holder_did_not_invest_in_does_not_fire()
    {
        var deal = Deal(extraParties: OtherLab) with
        {
            Investments = [Investing(Billion)],
            Rights = [new Right("hyper", "rival-lab", RightKind.BoardSeat)],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV001"));
    }

    [Fact]
    public void Two_investments_from_the_same_investor_give_one_finding()
    {
        var deal = Deal() with
        {
            Investments = [Investing(Billion), Investing(Billion, Instrument.Convertible)],
            Rights = [new Right("hyper", "lab", RightKind.BoardSeat)],
        };

        Assert.Single(Evaluation.Evaluate(deal).Of("GOV001"));
    }
}
