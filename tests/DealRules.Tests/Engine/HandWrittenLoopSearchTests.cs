using DealRules.Baselines.HandWritten;

namespace DealRules.Tests.Engine;

/// <summary>
/// The hand-written catalog's own graph code (CIRC003's groups and loops), checked against brute force
/// on small random graphs: it is an oracle for the engine, so it is not checked against the engine.
/// </summary>
public sealed class HandWrittenLoopSearchTests
{
    [Fact]
    public void Groups_and_shortest_loops_match_brute_force_on_random_graphs()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 400; trial++)
        {
            var count = random.Next(3, 8);
            var density = 0.2 + (random.NextDouble() * 0.4);
            var edges = new List<(int From, int To)>();
            for (var from = 0; from < count; from++)
            {
                for (var to = 0; to < count; to++)
                {
                    if (from != to && random.NextDouble() < density)
                    {
                        edges.Add((from, to));
                    }
                }
            }

            var graph = new FlowGraph(count, edges);
            var reach = Reachability(count, edges);
            var groups = graph.Groups(minimumSize: 1);
            Assert.Equal(Enumerable.Range(0, count), groups.SelectMany(g => g).Order());
            foreach (var group in groups)
            {
                Assert.All(group, a => Assert.All(group, b => Assert.True(a == b || (reach[a, b] && reach[b, a]))));
                Assert.All(group, a => Assert.All(Enumerable.Range(0, count).Except(group), b => Assert.False(reach[a, b] && reach[b, a])));

                var members = group.Order().ToArray();
                var found = new LoopSearch(graph, members).Shortest()?.Select(p => members[p]).ToArray();
                var expected = BruteForceLoop(members, edges);
                Assert.Equal(expected is null ? "none" : string.Join(",", expected), found is null ? "none" : string.Join(",", found));
            }
        }
    }

    private static bool[,] Reachability(int count, List<(int From, int To)> edges)
    {
        var reach = new bool[count, count];
        foreach (var (from, to) in edges)
        {
            reach[from, to] = true;
        }

        for (var k = 0; k < count; k++)
        {
            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < count; j++)
                {
                    reach[i, j] |= reach[i, k] && reach[k, j];
                }
            }
        }

        return reach;
    }

    /// <summary>Every simple loop of three or more members, rotated to start at its smallest; the shortest, then the first in order.</summary>
    private static int[]? BruteForceLoop(int[] members, List<(int From, int To)> edges)
    {
        var has = edges.ToHashSet();
        int[]? best = null;
        foreach (var permutation in Arrangements(members, []))
        {
            if (permutation.Length < 3 || permutation[0] != permutation.Min()
                || Enumerable.Range(0, permutation.Length).Any(i => !has.Contains((permutation[i], permutation[(i + 1) % permutation.Length]))))
            {
                continue;
            }

            if (best is null || permutation.Length < best.Length || (permutation.Length == best.Length && Compare(permutation, best) < 0))
            {
                best = permutation;
            }
        }

        return best;
    }

    private static IEnumerable<int[]> Arrangements(int[] members, int[] prefix)
    {
        yield return prefix;
        foreach (var next in members.Except(prefix))
        {
            foreach (var longer in Arrangements(members, [.. prefix, next]))
            {
                yield return longer;
            }
        }
    }

    private static int Compare(int[] a, int[] b) =>
        a.Zip(b).Select(p => p.First.CompareTo(p.Second)).FirstOrDefault(c => c != 0);
}
