using System.Collections.Immutable;
using DealRules.Authoring;

namespace DealRules.Facts;

/// <summary>A fact computed over every document evaluated together; it lists the facts it rests on.</summary>
public abstract record PortfolioFact : IDealFact
{
    /// <summary>The pointers to the document entries the fact rests on, sorted.</summary>
    public required IReadOnlyList<string> Facts { get; init => field = value.ToImmutableArray(); }

    /// <inheritdoc />
    public IEnumerable<string> DealIds => Facts.Select(FactPointer.DealId).Distinct(StringComparer.Ordinal);
}
