using System.Collections.Immutable;
using DealRules.Authoring;

namespace DealRules.Facts;

/// <summary>
/// Every money flow of the portfolio as a directed graph, offered to rules as one fact so that loops
/// of money can be found for the threshold a profile sets.
/// </summary>
[SingleFact]
public sealed class MoneyFlowGraph : IDealFact
{
    internal MoneyFlowGraph(IReadOnlyList<MoneyFlow> flows) => Flows = flows.ToImmutableArray();

    /// <summary>The flows, ordered by source, target and currency.</summary>
    public IReadOnlyList<MoneyFlow> Flows { get; }

    /// <inheritdoc />
    public IEnumerable<string> DealIds => Flows.SelectMany(f => f.DealIds).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// One loop through three or more parties for each strongly connected group that holds one,
    /// counting only flows of at least <paramref name="minimumAmount"/>. The loop given is the
    /// group's shortest, written from its smallest party id; among loops of equal length, the one
    /// whose id list sorts first.
    /// </summary>
    /// <param name="minimumAmount">The smallest flow that counts.</param>
    public IReadOnlyList<MoneyLoop> LoopsOfAtLeast(decimal minimumAmount) => LoopsOfAtLeast(minimumAmount, 0m);

    /// <summary>
    /// As <see cref="LoopsOfAtLeast(decimal)"/>, with capacity that has no disclosed amount valued at
    /// <paramref name="dollarsPerGw"/> a gigawatt (format 2); under format 1 flows hold no capacity.
    /// </summary>
    /// <param name="minimumAmount">The smallest flow that counts.</param>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public IReadOnlyList<MoneyLoop> LoopsOfAtLeast(decimal minimumAmount, decimal dollarsPerGw)
    {
        var edges = LargestFlows(minimumAmount, dollarsPerGw);
        var ends = new (string From, string To)[edges.Count];
        var at = 0;
        foreach (var key in edges.Keys)
        {
            ends[at++] = (key.From, key.To);
        }

        var graph = new LoopFinder(ends);
        var loops = new List<MoneyLoop>();
        foreach (var group in graph.StronglyConnectedGroups().Where(g => g.Count >= 3))
        {
            if (graph.ShortestLoop(group) is not { } loop)
            {
                continue;
            }

            var steps = loop.Select((from, i) => edges[new Ends(from, loop[(i + 1) % loop.Count])]).ToArray();
            loops.Add(new MoneyLoop(steps.Select(s => s.From).ToArray(), group, steps)
            {
                DollarsPerGw = dollarsPerGw,
                Format = steps[0].Format,
                Facts = steps.SelectMany(s => s.Facts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            });
        }

        return loops;
    }

    /// <summary>
    /// For each party that sends another money, the largest flow of at least <paramref name="minimumAmount"/>
    /// (of equal ones, the first by currency), in the order of the flows.
    /// </summary>
    private Dictionary<Ends, MoneyFlow> LargestFlows(decimal minimumAmount, decimal dollarsPerGw)
    {
        // A loop, a class key and no sort: LINQ groupings and orders over value tuples and decimals are generic
        // code over value types that the ReadyToRun image cannot hold, compiled on first use.
        var largest = new Dictionary<Ends, MoneyFlow>();
        foreach (var flow in Flows)
        {
            var value = flow.Sum.ValueAt(dollarsPerGw);
            if (value < minimumAmount)
            {
                continue;
            }

            var key = new Ends(flow.From.Id, flow.To.Id);
            if (!largest.TryGetValue(key, out var best)
                || value > best.Sum.ValueAt(dollarsPerGw)
                || value == best.Sum.ValueAt(dollarsPerGw) && string.CompareOrdinal(flow.Currency, best.Currency) < 0)
            {
                largest[key] = flow;
            }
        }

        return largest;
    }

    /// <summary>The parties at the two ends of a flow.</summary>
    private sealed record Ends(string From, string To);
}
