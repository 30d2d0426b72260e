using System.Reflection;
using NetArchTest.Rules;

namespace DealRules.Tests.Architecture;

/// <summary>
/// Which of our namespaces use which, read from the compiled assemblies by NetArchTest (every type
/// reference in signatures, attributes and method bodies, lambdas and nested types included), so
/// that the oracle is the IL, not our own idea of it.
/// </summary>
internal sealed class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyList<string> namespaces, IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> edges)
    {
        Namespaces = namespaces;
        Edges = edges;
    }

    /// <summary>Every namespace of ours that declares a type, sorted.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>For each namespace that uses another, the types of the first that use the second.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Edges { get; }

    public static NamespaceGraph Of(params Assembly[] assemblies)
    {
        var namespaces = assemblies.SelectMany(a => a.GetTypes())
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n == "DealRules" || n.StartsWith("DealRules.", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var edges = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in namespaces)
        {
            foreach (var to in namespaces.Where(n => n != from))
            {
                var result = Types.InAssemblies(assemblies)
                    .That().ResideInNamespaceMatching($"^{Regex(from)}$")
                    .Should().NotHaveDependencyOn(to)
                    .GetResult();
                if (!result.IsSuccessful)
                {
                    edges[(from, to)] = result.FailingTypeNames.Order(StringComparer.Ordinal).ToArray();
                }
            }
        }

        return new NamespaceGraph(namespaces, edges);
    }

    /// <summary>The namespaces a namespace uses.</summary>
    public IEnumerable<string> Uses(string from) => Edges.Keys.Where(e => e.From == from).Select(e => e.To);

    /// <summary>
    /// Every cycle of namespaces, one per strongly connected group of two or more, written as the
    /// group's shortest cycle through its first namespace with the types that make each step.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var group in StronglyConnectedGroups().Where(g => g.Count > 1))
        {
            var path = ShortestCycle(group[0], group);
            var steps = path.Zip(path.Skip(1).Append(path[0]))
                .Select(step => $"{step.First} → {step.Second} ({string.Join(", ", Edges[(step.First, step.Second)].Take(3))})");
            cycles.Add($"{string.Join(" → ", path.Append(path[0]))}: {string.Join("; ", steps)}");
        }

        return cycles;
    }

    private List<IReadOnlyList<string>> StronglyConnectedGroups()
    {
        // Small graphs: two namespaces share a group when each reaches the other.
        var reach = Namespaces.ToDictionary(n => n, Reachable);
        return Namespaces
            .Select(n => (IReadOnlyList<string>)Namespaces.Where(m => m == n || reach[n].Contains(m) && reach[m].Contains(n)).ToArray())
            .DistinctBy(g => string.Join(",", g))
            .ToList();
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Uses(node).Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }

    private List<string> ShortestCycle(string start, IReadOnlyList<string> group)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Uses(node).Where(group.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { node };
                    while (path[^1] != start)
                    {
                        path.Add(previous[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start];
    }

    private static string Regex(string name) => System.Text.RegularExpressions.Regex.Escape(name);
}
