using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across a format 2 portfolio, the commitments of one buyer to one provider (in one currency) when
/// they are spread over two or more documents: contracts announced in stages.
/// </summary>
/// <param name="Buyer">The buyer.</param>
/// <param name="Provider">The provider.</param>
/// <param name="Currency">The currency.</param>
public sealed record StagedCommitments(Party Buyer, Party Provider, string Currency) : PortfolioFact
{
    /// <summary>Every stage added up, with qualifiers and capacity.</summary>
    public required MoneySum Total { get; init; }

    /// <summary>Each document's part, ordered by deal id.</summary>
    public required IReadOnlyList<KeyValuePair<string, MoneySum>> Stages { get; init; }

    /// <summary>The largest part held by one document, capacity priced at <paramref name="dollarsPerGw"/>.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal LargestStageAt(decimal dollarsPerGw) => Stages.Max(s => s.Value.ValueAt(dollarsPerGw));
}
