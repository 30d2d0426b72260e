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

    /// <summary>The price of a gigawatt the loop was found at: capacity along the loop is valued at it.</summary>
    public decimal DollarsPerGw { get; init; }

    /// <summary>The smallest flow along the loop, with capacity valued at <see cref="DollarsPerGw"/>.</summary>
    public decimal SmallestStep => Steps.Min(s => s.Sum.ValueAt(DollarsPerGw));

    /// <summary>True when a step of the loop holds capacity valued at <see cref="DollarsPerGw"/>: the loop rests on an estimate.</summary>
    public bool Estimated => Steps.Any(s => s.Sum.Estimated);

    /// <summary>The step whose value is <see cref="SmallestStep"/> (the first, if several).</summary>
    public MoneyFlow SmallestFlow
    {
        get
        {
            // A loop, not MinBy: LINQ keyed by a decimal is generic code over a value type that the ReadyToRun image cannot hold.
            MoneyFlow? smallest = null;
            var least = 0m;
            foreach (var step in Steps)
            {
                var value = step.Sum.ValueAt(DollarsPerGw);
                if (smallest is null || value < least)
                {
                    smallest = step;
                    least = value;
                }
            }

            return smallest!;
        }
    }
}
