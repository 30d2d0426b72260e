using DealRules.Input;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// Checks that the documents of one portfolio agree with each other, one document at a time, keeping
/// only what later documents are compared with (so a folder of any size can be checked): deal ids
/// are unique; a party id has one <c>kind</c> everywhere; a product is controlled by one party
/// everywhere. These are errors, naming both files and both values: a party merged across documents
/// with the first declaration winning would silently change findings. A party with two display names
/// is a warning.
/// </summary>
public sealed class PortfolioConsistency
{
    private readonly Dictionary<string, string> dealSources;
    private readonly Dictionary<string, FirstParty> parties;
    private readonly Dictionary<string, FirstController> controllers;

    /// <summary>Starts an empty portfolio.</summary>
    public PortfolioConsistency()
        : this(0, 0, 0)
    {
    }

    /// <summary>
    /// Starts an empty portfolio sized for what is coming: tables grown step by step are copied into ever
    /// larger arrays (on the large object heap, for a large portfolio), each bringing the next full garbage
    /// collection nearer.
    /// </summary>
    internal PortfolioConsistency(int deals, int parties, int products)
    {
        dealSources = new(deals, StringComparer.Ordinal);
        this.parties = new(parties, StringComparer.Ordinal);
        controllers = new(products, StringComparer.Ordinal);
    }

    // Most documents fit: their check allocates nothing (no lists, no locations formatted in advance).
    private static readonly PortfolioCheck Fits = new([], []);

    /// <summary>Checks one more document against those added before.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Errors (the document does not fit the portfolio) and warnings, at locations in this document.</returns>
    public PortfolioCheck Add(DealDocument document)
    {
        List<DocumentProblem>? errors = null;
        List<DocumentProblem>? warnings = null;
        var deal = document.Deal;
        if (!dealSources.TryAdd(deal.Id, document.Source))
        {
            return new PortfolioCheck([new DocumentProblem(document.Source, "$.id",
                $"deal id '{deal.Id}' is already used by {Echo.Printable(dealSources[deal.Id])}; deal ids must be unique within a portfolio")], []);
        }

        for (var i = 0; i < deal.Parties.Count; i++)
        {
            var party = deal.Parties[i];
            if (!parties.TryGetValue(party.Id, out var first))
            {
                parties[party.Id] = new FirstParty(document.Source, i, party.Kind, party.Name);
            }
            else if (first.Source != document.Source)
            {
                if (first.Kind != party.Kind)
                {
                    (errors ??= []).Add(new DocumentProblem(document.Source, $"$.parties[{i}].kind",
                        $"party '{party.Id}' is {Kind(party.Kind)} here but {Kind(first.Kind)} in {Echo.Printable(first.Source)} ($.parties[{first.Index}].kind); " +
                        "a party id names one party, of one kind, in every document of a portfolio"));
                }

                if (first.Name != party.Name)
                {
                    (warnings ??= []).Add(new DocumentProblem(document.Source, $"$.parties[{i}].name",
                        $"party '{party.Id}' is named '{Echo.Shorten(party.Name)}' here but '{Echo.Shorten(first.Name)}' in {Echo.Printable(first.Source)} ($.parties[{first.Index}].name); " +
                        "reports use the name from the first document by deal id"));
                }
            }

            Controls(document.Source, i, "clouds", party.Id, party.Clouds, ref errors);
            Controls(document.Source, i, "chips", party.Id, party.Chips, ref errors);
        }

        return errors is null && warnings is null ? Fits : new PortfolioCheck(errors ?? [], warnings ?? []);
    }

    /// <summary>Checks documents together, in the order given.</summary>
    /// <param name="documents">The portfolio.</param>
    public static PortfolioCheck Check(IEnumerable<DealDocument> documents)
    {
        var consistency = SizedFor(documents);
        List<DocumentProblem>? errors = null;
        List<DocumentProblem>? warnings = null;
        foreach (var document in documents)
        {
            var check = consistency.Add(document);
            if (check.Errors.Count > 0)
            {
                (errors ??= []).AddRange(check.Errors);
            }

            if (check.Warnings.Count > 0)
            {
                (warnings ??= []).AddRange(check.Warnings);
            }
        }

        return errors is null && warnings is null ? Fits : new PortfolioCheck(errors ?? [], warnings ?? []);
    }

    private static PortfolioConsistency SizedFor(IEnumerable<DealDocument> documents)
    {
        if (documents is not IReadOnlyCollection<DealDocument>)
        {
            return new PortfolioConsistency();
        }

        int parties = 0, products = 0, deals = 0;
        foreach (var document in documents)
        {
            deals++;
            parties += document.Deal.Parties.Count;
            foreach (var party in document.Deal.Parties)
            {
                products += party.Clouds.Count + party.Chips.Count;
            }
        }

        return new PortfolioConsistency(deals, parties, products);
    }

    private void Controls(string source, int party, string list, string partyId, IReadOnlyList<string> products, ref List<DocumentProblem>? errors)
    {
        for (var j = 0; j < products.Count; j++)
        {
            if (!controllers.TryGetValue(products[j], out var first))
            {
                controllers[products[j]] = new FirstController(source, party, list, j, partyId);
            }
            else if (first.Controller != partyId)
            {
                (errors ??= []).Add(new DocumentProblem(source, Location(party, list, j),
                    $"product '{products[j]}' is controlled by '{partyId}' here but by '{first.Controller}' in {Echo.Printable(first.Source)} ({Location(first.Party, first.List, first.Index)}); " +
                    "a product is controlled by one party in every document of a portfolio"));
            }
        }
    }

    private static string Location(int party, string list, int index) => $"$.parties[{party}].{list}[{index}]";

    private static string Kind(PartyKind kind) => $"'{JsonEnumNames.Of(kind)}'";

    // Classes, not value tuples: a dictionary of value-type values is generic code the ReadyToRun image
    // cannot hold, compiled on first use at every start; of classes it shares the precompiled code.

    /// <summary>Where a party id was first declared, and as what.</summary>
    private sealed record FirstParty(string Source, int Index, PartyKind Kind, string Name);

    /// <summary>Where a product was first said to be controlled, and by whom.</summary>
    private sealed record FirstController(string Source, int Party, string List, int Index, string Controller);
}

/// <summary>What <see cref="PortfolioConsistency"/> found.</summary>
/// <param name="Errors">Problems that stop an evaluation.</param>
/// <param name="Warnings">Differences worth a look that change no finding.</param>
public sealed record PortfolioCheck(IReadOnlyList<DocumentProblem> Errors, IReadOnlyList<DocumentProblem> Warnings);
