using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// One deal document with its lookups computed once: parties by id and the party that controls each
/// cloud or chip family. Every document-level fact refers to its scope.
/// </summary>
public sealed class DealScope
{
    private readonly Dictionary<string, Party> parties;
    private readonly Dictionary<string, Party> chipControllers;
    private readonly Dictionary<string, Party> cloudControllers;

    internal DealScope(Deal deal)
    {
        Deal = deal;
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

    /// <summary>The deal's id.</summary>
    public string Id => Deal.Id;

    /// <summary>The currency of every amount in the document.</summary>
    public string Currency => Deal.Currency;

    /// <summary>The declared party with this id.</summary>
    /// <param name="id">A declared party id.</param>
    public Party Party(string id) => parties[id];

    /// <summary>The party that controls a chip family, or null when no party in the document does.</summary>
    /// <param name="chip">The chip family's id.</param>
    public Party? ChipController(string chip) => chipControllers.GetValueOrDefault(chip);

    /// <summary>The party that controls a cloud, or null when no party in the document does.</summary>
    /// <param name="cloud">The cloud's id.</param>
    public Party? CloudController(string cloud) => cloudControllers.GetValueOrDefault(cloud);

    /// <summary>The fact pointer to a location in this document.</summary>
    /// <param name="jsonPointer">An RFC 6901 pointer, such as <c>/investments/0</c>.</param>
    public string Pointer(string jsonPointer) => FactPointer.Of(Id, jsonPointer);

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
