using System.Collections.Immutable;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Graphs;

/// <summary>
/// The money of a portfolio as a directed graph, for people and other tools: parties as nodes,
/// investments and commitments as edges weighted by the money the engine counts, the loops of money
/// and the spend-back pairs. Built from the facts the engine builds for rules (the same grouping of
/// documents, the same format per group, superseded documents left out, the same counting of
/// qualified, conditional, undisclosed and capacity-only money), so the picture and the findings
/// never disagree. Every list is sorted, so the same documents always give the same graph.
/// </summary>
public sealed record MoneyGraph
{
    /// <summary>The price of a gigawatt at which capacity with no disclosed amount is valued into <see cref="MoneyEdge.Value"/>.</summary>
    public decimal DollarsPerGw { get; init; }

    /// <summary>The smallest flow between two parties that counts toward a loop.</summary>
    public decimal LoopMinimum { get; init; }

    /// <summary>Every party of the documents in force, ordered by id.</summary>
    public required IReadOnlyList<GraphParty> Parties { get; init => field = value.ToImmutableArray(); }

    /// <summary>The edges, ordered by source, target, kind and currency.</summary>
    public required IReadOnlyList<MoneyEdge> Edges { get; init => field = value.ToImmutableArray(); }

    /// <summary>One loop of money for each strongly connected group that holds one (the loops CIRC003 reports at the same threshold), ordered by their first party.</summary>
    public required IReadOnlyList<GraphLoop> Loops { get; init => field = value.ToImmutableArray(); }

    /// <summary>Every pair of an investment and commitments back from the investee to the investor, ordered by investor, investee and currency.</summary>
    public required IReadOnlyList<GraphSpendBack> SpendBacks { get; init => field = value.ToImmutableArray(); }

    /// <summary>Every document given, superseded ones included, ordered by id.</summary>
    public required IReadOnlyList<GraphDeal> Deals { get; init => field = value.ToImmutableArray(); }

    /// <summary>The graph of a portfolio.</summary>
    /// <param name="documents">Documents read by <see cref="DealDocumentReader"/>; their deal ids must differ.</param>
    /// <param name="options">The price of a gigawatt and the loop threshold; null for none (capacity valued at 0, every loop).</param>
    public static MoneyGraph Of(IReadOnlyCollection<DealDocument> documents, MoneyGraphOptions? options = null) =>
        MoneyGraphBuilder.Build(documents, options ?? MoneyGraphOptions.None);

    /// <summary>
    /// The graphs of parts of one portfolio put together, as the graph of the whole. Each part must
    /// be whole groups of connected documents (as <see cref="Engine.PortfolioComponents"/> and its
    /// batches give them), so that no party is in two parts, and all parts must have the same options.
    /// </summary>
    /// <param name="parts">The graphs of the parts.</param>
    /// <exception cref="ArgumentException">A party is in two parts, or the parts were built with different options.</exception>
    public static MoneyGraph Combine(IEnumerable<MoneyGraph> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0)
        {
            return Of([]);
        }

        if (list.Any(p => p.DollarsPerGw != list[0].DollarsPerGw || p.LoopMinimum != list[0].LoopMinimum))
        {
            throw new ArgumentException("The parts were built with different options.", nameof(parts));
        }

        var parties = list.SelectMany(p => p.Parties).ToList();
        if (parties.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new ArgumentException($"Party {shared.Key} is in two parts: a part must hold whole groups of connected documents.", nameof(parts));
        }

        return MoneyGraphBuilder.Sorted(
            list[0].DollarsPerGw,
            list[0].LoopMinimum,
            parties,
            list.SelectMany(p => p.Edges),
            list.SelectMany(p => p.Loops),
            list.SelectMany(p => p.SpendBacks),
            list.SelectMany(p => p.Deals));
    }
}

/// <summary>What a <see cref="MoneyGraph"/> is built with: the readings a profile sets.</summary>
/// <param name="DollarsPerGw">The price of a gigawatt of capacity with no disclosed amount (the shipped catalog's <c>capacity.dollarsPerGw</c>).</param>
/// <param name="LoopMinimum">The smallest flow between two parties that counts toward a loop (the shipped catalog's <c>circular.cycleMinimumAmount</c>).</param>
public sealed record MoneyGraphOptions(decimal DollarsPerGw, decimal LoopMinimum)
{
    /// <summary>Capacity valued at nothing, and every loop, whatever its size.</summary>
    public static readonly MoneyGraphOptions None = new(0m, 0m);

    /// <summary>
    /// Only the groups of connected documents that hold a loop, for a picture of the loops alone (a
    /// Markdown report's): the parties, edges, loops and spend-back pairs of those groups are the same as
    /// in the whole graph, and the other groups are left out without their edges being worked out.
    /// </summary>
    public bool LoopsOnly { get; init; }
}

/// <summary>A party: a node of the graph.</summary>
/// <param name="Id">The party's id.</param>
/// <param name="Name">Its name, from the first document by deal id that declares it.</param>
/// <param name="Kind">What kind of business it is.</param>
/// <param name="DealIds">The documents in force that declare it, sorted.</param>
public sealed record GraphParty(string Id, string Name, PartyKind Kind, IReadOnlyList<string> DealIds);

/// <summary>What kind of money an edge carries.</summary>
public enum MoneyEdgeKind
{
    /// <summary>Investments, from investor to investee.</summary>
    Investment,
    /// <summary>Compute commitments, from buyer to provider.</summary>
    Commitment,
}

/// <summary>
/// All money of one kind from one party to another in one currency, across the documents in force,
/// counted as the engine counts it for rules.
/// </summary>
/// <param name="Id">A short id, unique in the graph (<c>e1</c>, <c>e2</c>, … in edge order).</param>
/// <param name="From">The party the money leaves.</param>
/// <param name="To">The party it reaches.</param>
/// <param name="Kind">Investments or commitments.</param>
/// <param name="Currency">The ISO 4217 code.</param>
public sealed record MoneyEdge(string Id, string From, string To, MoneyEdgeKind Kind, string Currency)
{
    /// <summary>The money counted: stated amounts with their qualifiers, and capacity with no disclosed amount (format 2). Zero when nothing is disclosed.</summary>
    public MoneySum Amount { get; init; } = MoneySum.Zero;

    /// <summary>What <see cref="Amount"/> is worth with capacity valued at the graph's price of a gigawatt: the edge's weight.</summary>
    public decimal Value { get; init; }

    /// <summary>How many entries have no amount (and, for a commitment under format 2, no capacity): money that exists but is not known.</summary>
    public int Undisclosed { get; init; }

    /// <summary>Investments released only on a milestone or a listing (format 2), left out of <see cref="Amount"/> as the rules leave them out; 0 when none.</summary>
    public decimal Conditional { get; init; }

    /// <summary>True when <see cref="Amount"/> values capacity: the weight is an estimate.</summary>
    public bool Estimated => Amount.Estimated;

    /// <summary>The documents the entries are in, sorted.</summary>
    public required IReadOnlyList<string> DealIds { get; init => field = value.ToImmutableArray(); }

    /// <summary>The pointers to the entries, sorted.</summary>
    public required IReadOnlyList<string> Facts { get; init => field = value.ToImmutableArray(); }
}

/// <summary>A loop of money through three or more parties.</summary>
/// <param name="Parties">The loop, written from its smallest party id: money goes from each to the next, and from the last back to the first.</param>
/// <param name="Group">Every party of the strongly connected group that holds the loop, sorted.</param>
/// <param name="Currency">The currency of its first step.</param>
public sealed record GraphLoop(IReadOnlyList<string> Parties, IReadOnlyList<string> Group, string Currency)
{
    /// <summary>The loop, written from its smallest party id.</summary>
    public IReadOnlyList<string> Parties { get; init => field = value.ToImmutableArray(); } = Parties.ToImmutableArray();

    /// <summary>Every party of the group, sorted.</summary>
    public IReadOnlyList<string> Group { get; init => field = value.ToImmutableArray(); } = Group.ToImmutableArray();

    /// <summary>The smallest step, with capacity valued at the graph's price of a gigawatt.</summary>
    public MoneySum SmallestStep { get; init; } = MoneySum.Zero;

    /// <summary>True when a step values capacity: the loop rests on an estimate.</summary>
    public bool Estimated { get; init; }

    /// <summary>The ids of the edges along the loop that carry counted money, in loop order.</summary>
    public IReadOnlyList<string> EdgeIds { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>The pointers to the entries along the loop, sorted.</summary>
    public IReadOnlyList<string> Facts { get; init => field = value.ToImmutableArray(); } = [];
}

/// <summary>An investment and the commitments that come back from the investee to the investor (the pairs CIRC001 weighs).</summary>
/// <param name="Investor">The investor's id.</param>
/// <param name="Investee">The investee's id.</param>
/// <param name="Currency">The currency of both sums.</param>
public sealed record GraphSpendBack(string Investor, string Investee, string Currency)
{
    /// <summary>The investments counted.</summary>
    public MoneySum Invested { get; init; } = MoneySum.Zero;

    /// <summary>The commitments back.</summary>
    public MoneySum Committed { get; init; } = MoneySum.Zero;

    /// <summary>Committed divided by invested, with capacity valued at the graph's price of a gigawatt.</summary>
    public decimal Ratio { get; init; }

    /// <summary>The ids of the investment and commitment edges of the pair.</summary>
    public IReadOnlyList<string> EdgeIds { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>The pointers to the entries, investments first.</summary>
    public IReadOnlyList<string> Facts { get; init => field = value.ToImmutableArray(); } = [];
}

/// <summary>A document of the portfolio, with what a reader needs to check it.</summary>
/// <param name="Id">The deal's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">How far it has progressed.</param>
/// <param name="Source">The file it was read from, with <c>/</c> separators.</param>
public sealed record GraphDeal(string Id, string Title, DealStatus Status, string Source)
{
    /// <summary>When it was first reported or announced.</summary>
    public DateOnly? Announced { get; init; }

    /// <summary>The ids of the documents that supersede it, sorted; empty when it is in force.</summary>
    public IReadOnlyList<string> SupersededBy { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Where its facts come from.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = value.ToImmutableArray(); } = [];
}
