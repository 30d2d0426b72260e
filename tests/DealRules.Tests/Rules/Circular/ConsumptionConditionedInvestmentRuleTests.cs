using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Circular;

public sealed class ConsumptionConditionedInvestmentRuleTests
{
    [Fact]
    public void Consumption_condition_is_medium_even_when_undisclosed()
    {
        var deal = Deal() with { Investments = [Investing(null) with { Condition = InvestmentCondition.Consumption }] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC004");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(["hyper", "lab"], finding.Parties);
    }

    [Theory]
    [InlineData(InvestmentCondition.None)]
    [InlineData(InvestmentCondition.Ipo)]
    [InlineData(InvestmentCondition.Milestone)]
    public void Other_conditions_do_not_fire(InvestmentCondition condition)
    {
        var deal = Deal() with { Investments = [Investing(Billion) with { Condition = condition }] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC004"));
    }

    [Fact]
    public void Format_2_states_the_qualifier_and_the_currency()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(100 * Billion, Model.AmountQualifier.UpTo, Model.InvestmentCondition.Consumption)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC004");

        Assert.StartsWith("Hyper Cloud's up to $100.0B investment in Frontier Lab", finding.Message, StringComparison.Ordinal);
        Assert.Equal("up-to", finding.Evidence["amountQualifier"]);
        Assert.Equal("USD", finding.Evidence["currency"]);
    }

    [Fact]
    public void Format_1_gives_no_currency()
    {
        var deal = Deal() with { Investments = [Investing(Billion) with { Condition = Model.InvestmentCondition.Consumption }] };

        Assert.Null(Evaluation.Evaluate(deal).Single("CIRC004").Evidence["currency"]);
    }
}
