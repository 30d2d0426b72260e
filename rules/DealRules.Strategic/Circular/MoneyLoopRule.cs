using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>CIRC003: money goes round a loop of three or more parties.</summary>
[RuleId("CIRC003")]
[RuleTitle("Money flows in a loop")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.High)]
public sealed class MoneyLoopRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        MoneyFlowGraph graph = default!;
        MoneyLoop loop = default!;

        When()
            .Match(() => parameters)
            .Match(() => graph)
            .Query(() => loop, q => q
                .From(() => graph.LoopsOfAtLeast(parameters[StrategicParameters.CycleMinimumAmount]))
                .SelectMany(loops => loops));

        Then()
            .Yield(ctx => ctx.Finding(Severity.High,
                    $"Money flows in a loop through {Wording.List(loop.Parties.Select(p => p.Name))}: " +
                    $"{string.Join(" → ", loop.Parties.Select(p => p.Name))} → {loop.Parties[0].Name}, " +
                    $"at least {Wording.Money(loop.SmallestStep, loop.Steps[0].Currency)} on each step.")
                .About(loop.Parties.Select(p => p.Id).ToArray())
                .With("group", loop.Group)
                .With("loopLength", loop.Parties.Count)
                .With("smallestStep", loop.SmallestStep)
                .From(loop.Facts));
    }
}
