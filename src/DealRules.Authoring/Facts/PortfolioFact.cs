using System.Collections.Immutable;
using DealRules.Authoring;

namespace DealRules.Facts;

/// <summary>A fact computed over every document evaluated together; it lists the facts it rests on.</summary>
public abstract record PortfolioFact : IDealFact
{
    /// <summary>The pointers to the document entries the fact rests on, sorted.</summary>
    public required IReadOnlyList<string> Facts { get; init => field = value.ToImmutableArray(); }

    /// <summary>
    /// The document format of the group of documents the fact was computed over (the highest
    /// <c>schemaVersion</c> among them): 2 turns on format 2's readings, such as the currency in the
    /// evidence of money findings.
    /// </summary>
    public int Format { get; init; } = 1;

    /// <inheritdoc />
    public IEnumerable<string> DealIds => Facts.Select(FactPointer.DealId).Distinct(StringComparer.Ordinal);
}
