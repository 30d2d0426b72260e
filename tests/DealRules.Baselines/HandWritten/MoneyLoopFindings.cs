using DealRules.Authoring;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// CIRC003: keep the flows between two parties that sum to at least <c>circular.cycleMinimumAmount</c>,
/// split the parties into strongly connected groups, and report in each group its shortest loop
/// through three or more parties, written from its smallest id, the one whose id list sorts first
/// among equals (<see cref="FlowGraph"/>); the loop's steps give the smallest step and the facts.
/// </summary>
internal static class MoneyLoopFindings
{
    public static void Loops(MoneyFlows flows, RuleParameters parameters, List<Finding> findings)
    {
        var minimum = parameters["circular.cycleMinimumAmount"];
        var kept = new List<(string From, string To, MoneyFlows.PairFlow Flow)>();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ((from, to), flow) in flows.Pairs)
        {
            if (from != to && flow.Total >= minimum)
            {
                kept.Add((from, to, flow));
                names.Add(from);
                names.Add(to);
            }
        }

        var ids = names.ToArray();
        var number = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            number[ids[i]] = i;
        }

        var graph = new FlowGraph(ids.Length);
        var steps = new Dictionary<(int, int), MoneyFlows.PairFlow>(kept.Count);
        foreach (var (from, to, flow) in kept)
        {
            graph.Add(number[from], number[to]);
            steps[(number[from], number[to])] = flow;
        }

        graph.Sort();
        foreach (var group in graph.StronglyConnectedGroups())
        {
            if (group.Count < 3 || graph.ShortestLoop(group) is not { } loop)
            {
                continue;
            }

            var smallest = decimal.MaxValue;
            var pointers = new List<string>();
            for (var i = 0; i < loop.Count; i++)
            {
                var step = steps[(loop[i], loop[(i + 1) % loop.Count])];
                smallest = Math.Min(smallest, step.Total);
                pointers.AddRange(step.Pointers);
            }

            pointers.Sort(FactPointerOrder.Instance);
            findings.Add(FindingShape.Of("CIRC003", Severity.High, [.. loop.Select(p => ids[p])])
                .With("group", [.. group.Select(p => ids[p])]).With("loopLength", loop.Count).With("smallestStep", smallest)
                .From(pointers).Build());
        }
    }
}
