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
        var edges = Flows.Where(f => f.Sum.ValueAt(dollarsPerGw) >= minimumAmount)
            .GroupBy(f => (From: f.From.Id, To: f.To.Id))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Sum.ValueAt(dollarsPerGw)).ThenBy(f => f.Currency, StringComparer.Ordinal).First());
        var graph = new LoopFinder(edges.Keys);
        var loops = new List<MoneyLoop>();
        foreach (var group in graph.StronglyConnectedGroups().Where(g => g.Count >= 3))
        {
            if (graph.ShortestLoop(group) is not { } loop)
            {
                continue;
            }

            var steps = loop.Select((from, i) => edges[(from, loop[(i + 1) % loop.Count])]).ToArray();
            loops.Add(new MoneyLoop(steps.Select(s => s.From).ToArray(), group, steps)
            {
                DollarsPerGw = dollarsPerGw,
                Format = steps[0].Format,
                Facts = steps.SelectMany(s => s.Facts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            });
        }

        return loops;
    }
}
