using System.Collections.Immutable;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>A loop of money through three or more parties of one strongly connected group.</summary>
/// <param name="Parties">The loop, written from its smallest party id; money goes from each to the next and from the last back to the first.</param>
/// <param name="Group">Every party of the strongly connected group that holds the loop, sorted by id.</param>
/// <param name="Steps">The flows along the loop, in order.</param>
public sealed record MoneyLoop(IReadOnlyList<Party> Parties, IReadOnlyList<string> Group, IReadOnlyList<MoneyFlow> Steps) : PortfolioFact
{
    /// <summary>The loop, written from its smallest party id.</summary>
    public IReadOnlyList<Party> Parties { get; init => field = value.ToImmutableArray(); } = Parties.ToImmutableArray();

    /// <summary>Every party of the strongly connected group that holds the loop, sorted by id.</summary>
    public IReadOnlyList<string> Group { get; init => field = value.ToImmutableArray(); } = Group.ToImmutableArray();

    /// <summary>The flows along the loop, in order.</summary>
    public IReadOnlyList<MoneyFlow> Steps { get; init => field = value.ToImmutableArray(); } = Steps.ToImmutableArray();

    /// <summary>The smallest flow along the loop.</summary>
    public decimal SmallestStep => Steps.Min(s => s.Amount);
}
