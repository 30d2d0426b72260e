using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Tests.Facts;

public sealed class MoneyLoopTests
{
    private static readonly Party A = new("a", "A", PartyKind.Investor);
    private static readonly Party B = new("b", "B", PartyKind.AiLab);
    private static readonly Party C = new("c", "C", PartyKind.Hyperscaler);

    [Fact]
    public void The_smallest_flow_is_the_first_of_several_equal_smallest_steps()
    {
        var loop = Loop(Flow(A, B, 5), Flow(B, C, 3), Flow(C, A, 3));

        Assert.Same(loop.Steps[1], loop.SmallestFlow);
        Assert.Equal(3, loop.SmallestStep);
    }

    [Fact]
    public void The_smallest_flow_is_the_step_of_least_value_wherever_it_is()
    {
        var loop = Loop(Flow(A, B, 5), Flow(B, C, 7), Flow(C, A, 2));

        Assert.Same(loop.Steps[2], loop.SmallestFlow);
    }

    private static MoneyLoop Loop(params MoneyFlow[] steps) =>
        new(steps.Select(s => s.From).ToArray(), ["a", "b", "c"], steps) { Facts = ["d#/investments/0"] };

    private static MoneyFlow Flow(Party from, Party to, decimal amount) =>
        new(from, to, "USD", amount) { Facts = [$"{from.Id}-{to.Id}#/investments/0"] };
}
