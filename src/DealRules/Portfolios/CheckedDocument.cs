using DealRules.Documents;

namespace DealRules.Portfolios;

/// <summary>
/// A document that passed every check, alone and against the others. A small portfolio holds the
/// document itself; a large one holds it compactly and gives it back, without reading or checking
/// anything again, when its group is evaluated; one read only to be checked
/// (<see cref="PortfolioReadOptions.KeepDocuments"/> false) holds no document.
/// </summary>
public sealed class CheckedDocument
{
    private readonly DealDocument? held;
    private readonly byte[]? compact;

    internal CheckedDocument(DealDocument document, DocumentHolding holding, IReadOnlyDictionary<string, TextPosition>? positions)
    {
        Source = document.Source;
        DealId = document.Deal.Id;
        SchemaVersion = document.Deal.SchemaVersion;
        // What joins documents into groups (PortfolioComponents): their parties, and their ids and links as "#id".
        var deal = document.Deal;
        var links = new string[deal.Parties.Count + 1 + deal.Supersedes.Count + deal.Amends.Count];
        var at = 0;
        foreach (var party in deal.Parties)
        {
            links[at++] = party.Id;
        }

        links[at++] = "#" + deal.Id;
        foreach (var id in deal.Supersedes.Concat(deal.Amends))
        {
            links[at++] = "#" + id;
        }

        Links = links;
        Positions = positions;
        if (holding == DocumentHolding.Held)
        {
            held = document;
        }
        else if (holding == DocumentHolding.Compact)
        {
            compact = CompactDeal.Encode(document.Deal);
        }
    }

    /// <summary>The name of the input it was read from.</summary>
    public string Source { get; }

    /// <summary>The deal's id.</summary>
    public string DealId { get; }

    /// <summary>The document's format.</summary>
    public int SchemaVersion { get; }

    /// <summary>The party ids it names, then <c>#</c> and its deal id and those it supersedes or amends: what connects it to other documents.</summary>
    public IReadOnlyList<string> Links { get; }

    /// <summary>Where each top-level entry of the document starts (for reports that point into files, such as SARIF); null when not asked for.</summary>
    public IReadOnlyDictionary<string, TextPosition>? Positions { get; }

    /// <summary>The document, as it was read.</summary>
    /// <exception cref="InvalidOperationException">The portfolio was read only to be checked (<see cref="PortfolioReadOptions.KeepDocuments"/> false).</exception>
    public DealDocument Document => held
        ?? (compact is not null ? new DealDocument(CompactDeal.Decode(compact), Source)
            : throw new InvalidOperationException($"{Source} was read only to be checked (PortfolioReadOptions.KeepDocuments is false): its document is not kept."));
}

/// <summary>How a <see cref="CheckedDocument"/> keeps its document.</summary>
internal enum DocumentHolding
{
    /// <summary>The document as read: small portfolios.</summary>
    Held,

    /// <summary>Encoded compactly (<see cref="CompactDeal"/>), decoded when evaluated: large portfolios.</summary>
    Compact,

    /// <summary>Not at all: the portfolio is only checked.</summary>
    Dropped,
}
