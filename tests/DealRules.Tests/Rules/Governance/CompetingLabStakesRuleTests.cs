using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Governance;

public sealed class CompetingLabStakesRuleTests
{
    [Fact]
    public void Investor_with_a_related_stake_in_another_lab_is_medium()
    {
        var deal = Deal(extraParties: OtherLab) with
        {
            Investments = [Investing(Billion)],
            RelatedStakes = [new Stake("hyper", "rival-lab")],
        };

        var finding = Evaluation.Evaluate(deal).Single("GOV003");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(["hyper", "lab", "rival-lab"], finding.Parties);
        Assert.Equal(["test-deal#/investments/0", "test-deal#/relatedStakes/0"], finding.Facts);
    }

    [Theory]
    [InlineData(RightKind.Information)]
    [InlineData(RightKind.BoardSeat)]
    [InlineData(RightKind.BoardObserver)]
    public void Inside_rights_from_either_lab_make_it_high(RightKind kind)
    {
        var deal = Deal(extraParties: OtherLab) with
        {
            Investments = [Investing(Billion)],
            RelatedStakes = [new Stake("hyper", "rival-lab")],
            Rights = [new Right("hyper", "rival-lab", kind)],
        };

        Assert.Equal(Severity.High, Evaluation.Evaluate(deal).Single("GOV003").Severity);
    }

    [Fact]
    public void Early_access_does_not_make_it_high()
    {
        var deal = Deal(extraParties: OtherLab) with
        {
            Investments = [Investing(Billion)],
            RelatedStakes = [new Stake("hyper", "rival-lab")],
            Rights = [new Right("hyper", "lab", RightKind.EarlyAccess)],
        };

        Assert.Equal(Severity.Medium, Evaluation.Evaluate(deal).Single("GOV003").Severity);
    }

    [Fact]
    public void Stakes_in_two_labs_from_different_documents_are_combined()
    {
        var first = Deal("deal-one") with { Investments = [Investing(Billion)] };
        var second = Deal("deal-two", OtherLab) with { Investments = [Investing(Billion, investee: "rival-lab")] };

        var finding = Evaluation.Evaluate(first, second).Single("GOV003");

        Assert.Equal(["deal-one", "deal-two"], finding.DealIds);
        Assert.Equal(["hyper", "lab", "rival-lab"], finding.Parties);
    }

    [Fact]
    public void Related_stakes_alone_do_not_make_an_investor()
    {
        var deal = Deal(extraParties: OtherLab) with
        {
            RelatedStakes = [new Stake("hyper", "lab"), new Stake("hyper", "rival-lab")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV003"));
    }

    [Fact]
    public void A_stake_in_a_company_that_is_not_an_ai_lab_does_not_count()
    {
        var deal = Deal(extraParties: ChipMaker) with
        {
            Investments = [Investing(Billion)],
            RelatedStakes = [new Stake("hyper", "chipco")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV003"));
    }
}
