using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>
/// CIRC003: money goes round a loop of three or more parties. Under format 2 a flow known only by
/// capacity counts at <c>capacity.dollarsPerGw</c> a gigawatt, and a loop that rests on such a flow
/// is marked estimated.
/// </summary>
[RuleId("CIRC003")]
[RuleTitle("Money flows in a loop")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.High)]
public sealed class MoneyLoopRule : Rule
{
    /// <summary><c>circular.cycleMinimumAmount</c>, default 1,000,000,000.</summary>
    public static readonly ParameterDefinition MinimumAmount = new("circular.cycleMinimumAmount", 1_000_000_000m, ParameterKind.Amount,
        "CIRC003 counts only flows between two parties that sum to at least this amount.");

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
                .From(() => graph.LoopsOfAtLeast(parameters[MinimumAmount], parameters[Capacity.DollarsPerGw]))
                .SelectMany(loops => loops));

        Then()
            .Yield(ctx => ctx.Finding(
                    $"Money flows in a loop through {Wording.List(loop.Parties.Select(p => p.Name))}: " +
                    $"{string.Join(" → ", loop.Parties.Select(p => p.Name))} → {loop.Parties[0].Name}, " +
                    $"at least {Wording.Money(loop.SmallestFlow.Sum, loop.Steps[0].Currency, loop.DollarsPerGw)} on each step" +
                    (loop.Estimated && !loop.SmallestFlow.Sum.Estimated
                        ? $" (another step values capacity at {Wording.Money(loop.DollarsPerGw, loop.Steps[0].Currency)} a GW)."
                        : "."))
                .About(loop.Parties.Select(p => p.Id).ToArray())
                .With("group", loop.Group)
                .With("loopLength", loop.Parties.Count)
                .With("smallestStep", loop.SmallestFlow.Sum, loop.DollarsPerGw)
                .WithEstimate(loop)
                .WithCurrency(loop.Format, loop.Steps[0].Currency)
                .From(loop.Facts));
    }
}

/// <summary>The evidence of a loop that rests on capacity valued at a price per gigawatt.</summary>
internal static class LoopEvidence
{
    public static Finding WithEstimate(this Finding finding, MoneyLoop loop) =>
        loop.Estimated ? finding.With("estimated", true).With("dollarsPerGw", loop.DollarsPerGw) : finding;
}
