using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Tests.Facts;

public sealed class MoneyFlowGraphTests
{
    private static readonly Party A = new("a", "A", PartyKind.Investor);
    private static readonly Party B = new("b", "B", PartyKind.AiLab);
    private static readonly Party C = new("c", "C", PartyKind.Hyperscaler);

    [Fact]
    public void Of_the_flows_from_one_party_to_another_a_loop_steps_on_the_largest()
    {
        var graph = new MoneyFlowGraph([Flow(A, B, "USD", 10), Flow(A, B, "EUR", 20), Flow(A, B, "GBP", 15), Flow(B, C, "USD", 10), Flow(C, A, "USD", 10)]);

        var loop = Assert.Single(graph.LoopsOfAtLeast(1));

        Assert.Equal(["EUR", "USD", "USD"], loop.Steps.Select(s => s.Currency));
    }

    [Fact]
    public void Of_equal_flows_from_one_party_to_another_a_loop_steps_on_the_first_by_currency_not_the_first_or_last_given()
    {
        var graph = new MoneyFlowGraph([Flow(A, B, "GBP", 10), Flow(A, B, "EUR", 10), Flow(A, B, "USD", 10), Flow(B, C, "USD", 10), Flow(C, A, "USD", 10)]);

        var loop = Assert.Single(graph.LoopsOfAtLeast(1));

        Assert.Equal("EUR", loop.Steps[0].Currency);
    }

    [Fact]
    public void Flows_below_the_minimum_are_no_step_even_when_larger_ones_between_the_same_parties_are()
    {
        var graph = new MoneyFlowGraph([Flow(A, B, "EUR", 5), Flow(A, B, "USD", 20), Flow(B, C, "USD", 20), Flow(C, A, "USD", 20)]);

        Assert.Equal(["USD", "USD", "USD"], Assert.Single(graph.LoopsOfAtLeast(10)).Steps.Select(s => s.Currency));
        Assert.Empty(graph.LoopsOfAtLeast(25));
    }

    private static MoneyFlow Flow(Party from, Party to, string currency, decimal amount) =>
        new(from, to, currency, amount) { Facts = [$"{from.Id}-{to.Id}-{currency}#/investments/0"] };
}
