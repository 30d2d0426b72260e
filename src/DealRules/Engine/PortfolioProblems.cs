using DealRules.Documents;

namespace DealRules.Engine;

/// <summary>Problems that only a set of documents can have: two documents with the same deal id, or that disagree about a party or a product.</summary>
public static class PortfolioProblems
{
    /// <summary>One problem for each document whose deal id an earlier document already uses.</summary>
    /// <param name="documents">The documents, in the order given.</param>
    public static IEnumerable<DocumentProblem> DuplicateDealIds(IEnumerable<DealDocument> documents)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!first.TryAdd(document.Deal.Id, document.Source))
            {
                yield return new DocumentProblem(document.Source, "$.id",
                    $"deal id '{document.Deal.Id}' is already used by {first[document.Deal.Id]}; deal ids must be unique within a portfolio");
            }
        }
    }

    /// <summary>Every error that keeps the documents from being one portfolio (see <see cref="PortfolioConsistency"/>), in the order given.</summary>
    /// <param name="documents">The documents.</param>
    public static IReadOnlyList<DocumentProblem> Of(IEnumerable<DealDocument> documents) => PortfolioConsistency.Check(documents).Errors;
}
