using CsCheck;
using DealRules.Facts;

namespace DealRules.Tests.Facts;

public sealed class LoopFinderTests
{
    /// <summary>Graphs of up to 7 nodes named so that ordinal order differs from numeric order ("n10" before "n2").</summary>
    private static readonly Gen<(string From, string To)[]> Graphs =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 9]).Where(e => e.Item1 != e.Item2)
            .Select(e => ($"n{e.Item1 * 3 % 11}", $"n{e.Item2 * 3 % 11}"))
            .Array[0, 18];

    [Fact]
    public void Finds_the_shortest_loop_from_its_smallest_party()
    {
        var finder = new LoopFinder([("c", "a"), ("a", "b"), ("b", "c"), ("b", "d"), ("d", "e"), ("e", "a")]);

        var group = Assert.Single(finder.StronglyConnectedGroups());
        Assert.Equal(["a", "b", "c", "d", "e"], group);
        Assert.Equal(["a", "b", "c"], finder.ShortestLoop(group));
    }

    [Fact]
    public void A_group_of_two_way_flows_only_has_no_loop_of_three()
    {
        var finder = new LoopFinder([("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")]);

        var group = Assert.Single(finder.StronglyConnectedGroups());
        Assert.Null(finder.ShortestLoop(group));
    }

    [Fact]
    public void Groups_are_those_of_mutual_reachability()
    {
        Graphs.Sample(edges =>
        {
            var finder = new LoopFinder(edges);
            var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToArray();
            var expected = nodes
                .GroupBy(n => string.Join(",", nodes.Where(m => Reaches(edges, n, m) && Reaches(edges, m, n))))
                .Select(g => g.ToArray())
                .OrderBy(g => g[0], StringComparer.Ordinal)
                .Select(g => string.Join(",", g));

            Assert.Equal(expected, finder.StronglyConnectedGroups().Select(g => string.Join(",", g)));
        });
    }

    [Fact]
    public void The_loop_given_is_the_shortest_then_first_of_every_simple_loop_of_three_or_more()
    {
        Graphs.Sample(edges =>
        {
            var finder = new LoopFinder(edges);
            foreach (var group in finder.StronglyConnectedGroups())
            {
                var expected = SimpleLoops(edges, group)
                    .Where(loop => loop.Count >= 3)
                    .OrderBy(loop => loop.Count)
                    .ThenBy(loop => string.Join("\u0001", loop), StringComparer.Ordinal)
                    .FirstOrDefault();

                Assert.Equal(expected, finder.ShortestLoop(group));
            }
        });
    }

    private static bool Reaches(IReadOnlyList<(string From, string To)> edges, string from, string to)
    {
        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (_, next) in edges.Where(e => e.From == node))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen.Contains(to);
    }

    /// <summary>Every simple loop inside the group, written from its smallest node: brute force, for small graphs only.</summary>
    private static List<List<string>> SimpleLoops(IReadOnlyList<(string From, string To)> edges, IReadOnlyList<string> group)
    {
        var members = group.ToHashSet();
        var loops = new List<List<string>>();
        void Walk(List<string> path)
        {
            foreach (var (_, next) in edges.Where(e => e.From == path[^1] && members.Contains(e.To)).Distinct())
            {
                if (next == path[0])
                {
                    loops.Add([.. path]);
                }
                else if (!path.Contains(next) && string.CompareOrdinal(next, path[0]) > 0)
                {
                    path.Add(next);
                    Walk(path);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        foreach (var start in group)
        {
            Walk([start]);
        }

        return loops;
    }
}
