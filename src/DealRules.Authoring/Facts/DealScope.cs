using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// One deal document with its lookups: parties by id and the party that controls each cloud or chip
/// family. Every document-level fact refers to its scope.
/// </summary>
public sealed class DealScope
{
    /// <summary>Up to this many parties, a lookup scans the list: cheaper than building dictionaries for a few entries.</summary>
    private const int ScanLimit = 16;

    private readonly Dictionary<string, Party>? parties;
    private readonly Dictionary<string, Party>? chipControllers;
    private readonly Dictionary<string, Party>? cloudControllers;

    internal DealScope(Deal deal, int format = 1)
    {
        Deal = deal;
        Format = format;
        if (deal.Parties.Count <= ScanLimit)
        {
            return;
        }

        parties = new Dictionary<string, Party>(deal.Parties.Count, StringComparer.Ordinal);
        foreach (var party in deal.Parties)
        {
            parties.TryAdd(party.Id, party);
        }

        chipControllers = Controllers(deal, p => p.Chips);
        cloudControllers = Controllers(deal, p => p.Clouds);
    }

    /// <summary>The deal.</summary>
    public Deal Deal { get; }

    /// <summary>
    /// The document format in force for the deal: the highest <c>schemaVersion</c> among the documents
    /// connected to it in the portfolio. Format 2 turns on format 2's readings (capacity valued,
    /// conditional money set apart, the currency in the evidence); under format 1 reports stay as they were.
    /// </summary>
    public int Format { get; }

    /// <summary>The deal's id.</summary>
    public string Id => Deal.Id;

    /// <summary>The currency of every amount in the document.</summary>
    public string Currency => Deal.Currency;

    /// <summary>The declared party with this id (the first, if the document declares it twice).</summary>
    /// <param name="id">A declared party id.</param>
    /// <exception cref="KeyNotFoundException">The document declares no such party.</exception>
    public Party Party(string id)
    {
        if (parties is not null)
        {
            return parties[id];
        }

        // Indexed, not foreach: a foreach over the IReadOnlyList boxes an enumerator on every lookup.
        var declared = Deal.Parties;
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i].Id == id)
            {
                return declared[i];
            }
        }

        throw new KeyNotFoundException($"Deal {Id} declares no party '{id}'.");
    }

    /// <summary>The party that controls a chip family, or null when no party in the document does.</summary>
    /// <param name="chip">The chip family's id.</param>
    public Party? ChipController(string chip) =>
        chipControllers is not null ? chipControllers.GetValueOrDefault(chip) : FirstDeclaring(chip, p => p.Chips);

    /// <summary>The party that controls a cloud, or null when no party in the document does.</summary>
    /// <param name="cloud">The cloud's id.</param>
    public Party? CloudController(string cloud) =>
        cloudControllers is not null ? cloudControllers.GetValueOrDefault(cloud) : FirstDeclaring(cloud, p => p.Clouds);

    /// <summary>The fact pointer to a location in this document.</summary>
    /// <param name="jsonPointer">An RFC 6901 pointer, such as <c>/investments/0</c>.</param>
    public string Pointer(string jsonPointer) => FactPointer.Of(Id, jsonPointer);

    private Party? FirstDeclaring(string product, Func<Party, IReadOnlyList<string>> products)
    {
        var parties = Deal.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            var declared = products(parties[i]);
            for (var j = 0; j < declared.Count; j++)
            {
                if (declared[j] == product)
                {
                    return parties[i];
                }
            }
        }

        return null;
    }

    /// <summary>Each product with the first party (in document order) that declares it.</summary>
    private static Dictionary<string, Party> Controllers(Deal deal, Func<Party, IReadOnlyList<string>> products)
    {
        var controllers = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var party in deal.Parties)
        {
            foreach (var product in products(party))
            {
                controllers.TryAdd(product, party);
            }
        }

        return controllers;
    }
}
