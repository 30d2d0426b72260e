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
    private readonly Dictionary<string, string> dealSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Source, int Index, PartyKind Kind, string Name)> parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Source, string Location, string Controller)> controllers = new(StringComparer.Ordinal);

    /// <summary>Checks one more document against those added before.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Errors (the document does not fit the portfolio) and warnings, at locations in this document.</returns>
    public PortfolioCheck Add(DealDocument document)
    {
        var errors = new List<DocumentProblem>();
        var warnings = new List<DocumentProblem>();
        var deal = document.Deal;
        if (!dealSources.TryAdd(deal.Id, document.Source))
        {
            errors.Add(new DocumentProblem(document.Source, "$.id",
                $"deal id '{deal.Id}' is already used by {Echo.Printable(dealSources[deal.Id])}; deal ids must be unique within a portfolio"));
            return new PortfolioCheck(errors, warnings);
        }

        for (var i = 0; i < deal.Parties.Count; i++)
        {
            var party = deal.Parties[i];
            if (!parties.TryGetValue(party.Id, out var first))
            {
                parties[party.Id] = (document.Source, i, party.Kind, party.Name);
            }
            else if (first.Source != document.Source)
            {
                if (first.Kind != party.Kind)
                {
                    errors.Add(new DocumentProblem(document.Source, $"$.parties[{i}].kind",
                        $"party '{party.Id}' is {Kind(party.Kind)} here but {Kind(first.Kind)} in {Echo.Printable(first.Source)} ($.parties[{first.Index}].kind); " +
                        "a party id names one party, of one kind, in every document of a portfolio"));
                }

                if (first.Name != party.Name)
                {
                    warnings.Add(new DocumentProblem(document.Source, $"$.parties[{i}].name",
                        $"party '{party.Id}' is named '{Echo.Shorten(party.Name)}' here but '{Echo.Shorten(first.Name)}' in {Echo.Printable(first.Source)} ($.parties[{first.Index}].name); " +
                        "reports use the name from the first document by deal id"));
                }
            }

            Controls(document.Source, $"$.parties[{i}].clouds", party.Id, party.Clouds, errors);
            Controls(document.Source, $"$.parties[{i}].chips", party.Id, party.Chips, errors);
        }

        return new PortfolioCheck(errors, warnings);
    }

    /// <summary>Checks documents together, in the order given.</summary>
    /// <param name="documents">The portfolio.</param>
    public static PortfolioCheck Check(IEnumerable<DealDocument> documents)
    {
        var consistency = new PortfolioConsistency();
        var errors = new List<DocumentProblem>();
        var warnings = new List<DocumentProblem>();
        foreach (var document in documents)
        {
            var check = consistency.Add(document);
            errors.AddRange(check.Errors);
            warnings.AddRange(check.Warnings);
        }

        return new PortfolioCheck(errors, warnings);
    }

    private void Controls(string source, string list, string partyId, IReadOnlyList<string> products, List<DocumentProblem> errors)
    {
        for (var j = 0; j < products.Count; j++)
        {
            var location = $"{list}[{j}]";
            if (!controllers.TryGetValue(products[j], out var first))
            {
                controllers[products[j]] = (source, location, partyId);
            }
            else if (first.Controller != partyId)
            {
                errors.Add(new DocumentProblem(source, location,
                    $"product '{products[j]}' is controlled by '{partyId}' here but by '{first.Controller}' in {Echo.Printable(first.Source)} ({first.Location}); " +
                    "a product is controlled by one party in every document of a portfolio"));
            }
        }
    }

    private static string Kind(PartyKind kind) => $"'{JsonEnumNames<PartyKind>.Name(kind)}'";
}

/// <summary>What <see cref="PortfolioConsistency"/> found.</summary>
/// <param name="Errors">Problems that stop an evaluation.</param>
/// <param name="Warnings">Differences worth a look that change no finding.</param>
public sealed record PortfolioCheck(IReadOnlyList<DocumentProblem> Errors, IReadOnlyList<DocumentProblem> Warnings);
