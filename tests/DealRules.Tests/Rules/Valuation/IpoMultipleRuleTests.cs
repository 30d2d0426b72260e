using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Valuation;

public sealed class IpoMultipleRuleTests
{
    private static Deal Listing(decimal target, decimal? postMoney, decimal? amount = 1_000_000_000, decimal? stakePercent = null) =>
        Deal() with
        {
            Investments = [Investing(amount) with { PostMoneyValuation = postMoney, StakePercent = stakePercent }],
            Ipo = new Ipo("lab") { TargetValuation = target },
        };

    [Theory]
    [InlineData(200, Severity.Low)]
    [InlineData(199, Severity.Info)]
    public void Multiple_reaching_the_speculative_threshold_is_low(decimal targetBillions, Severity expected)
    {
        var finding = Evaluation.Evaluate(Listing(targetBillions * Billion, 100 * Billion)).Single("VAL001");

        Assert.Equal(expected, finding.Severity);
        Assert.Equal(targetBillions / 100, finding.Evidence["multiple"]);
    }

    [Fact]
    public void Stake_value_uses_the_disclosed_stake_before_the_amount()
    {
        var finding = Evaluation.Evaluate(Listing(300 * Billion, 100 * Billion, amount: 1 * Billion, stakePercent: 5)).Single("VAL001");

        Assert.Equal(15 * Billion, finding.Evidence["impliedStakeValue"]);
    }

    [Fact]
    public void Stake_value_is_left_out_when_neither_stake_nor_amount_is_known()
    {
        var finding = Evaluation.Evaluate(Listing(300 * Billion, 100 * Billion, amount: null)).Single("VAL001");

        Assert.Null(finding.Evidence["impliedStakeValue"]);
    }

    [Fact]
    public void No_post_money_valuation_gives_no_multiple()
    {
        Assert.Empty(Evaluation.Evaluate(Listing(300 * Billion, null)).Of("VAL001"));
    }

    [Fact]
    public void Listing_of_another_party_does_not_value_this_investment()
    {
        var deal = Deal() with
        {
            Investments = [Investing(Billion) with { PostMoneyValuation = 10 * Billion }],
            Ipo = new Ipo("hyper") { TargetValuation = 100 * Billion },
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("VAL001"));
    }
}
