using DealRules.Authoring;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// CIRC003: keep the flows between two parties that sum to at least <c>circular.cycleMinimumAmount</c>,
/// split the parties into strongly connected groups, and report in each group its shortest loop
/// through three or more parties, written from its smallest id, the one whose id list sorts first
/// among equals (<see cref="FlowGraph"/>, <see cref="LoopSearch"/>); the loop's steps give the
/// smallest step and the facts.
/// </summary>
internal static class MoneyLoopFindings
{
    public static void Loops(MoneyFlows flows, PortfolioIndex portfolio, RuleParameters parameters, List<Finding> findings)
    {
        var minimum = parameters["circular.cycleMinimumAmount"];
        var ids = portfolio.Ids;
        var edges = new List<(int, int)>(flows.Pairs.Count);
        foreach (var flow in flows.Pairs.Values)
        {
            if (flow.From != flow.To && flow.Total >= minimum)
            {
                edges.Add((flow.From, flow.To));
            }
        }

        var graph = new FlowGraph(ids.Count, edges);
        foreach (var group in graph.Groups(minimumSize: 3))
        {
            var members = group.OrderBy(p => ids[p], StringComparer.Ordinal).ToArray();
            if (new LoopSearch(graph, members).Shortest() is not { } loop)
            {
                continue;
            }

            var smallest = decimal.MaxValue;
            var pointers = new List<string>();
            for (var i = 0; i < loop.Count; i++)
            {
                var step = flows.Pairs[PortfolioIndex.Pair(members[loop[i]], members[loop[(i + 1) % loop.Count]])];
                smallest = Math.Min(smallest, step.Total);
                pointers.AddRange(step.InvestmentPointers);
                pointers.AddRange(step.CommitmentPointers);
            }

            pointers.Sort(FactPointerOrder.Instance);
            findings.Add(FindingShape.Of("CIRC003", Severity.High, [.. loop.Select(p => ids[members[p]])])
                .With("group", [.. members.Select(p => ids[p])]).With("loopLength", loop.Count).With("smallestStep", smallest)
                .From(pointers).Build());
        }
    }
}
