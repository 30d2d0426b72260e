using DealRules.Documents;

namespace DealRules.Engine;

/// <summary>
/// Splits a portfolio into the groups of documents that can influence each other: documents are
/// connected when they name a common party, directly or through others. Every portfolio rule looks
/// only at money, stakes and rights between parties, so a rule never joins facts of two groups, and
/// evaluating groups apart gives the findings of evaluating them together — without the cost of
/// joining every document with every other (NRules' joins are not hashed).
/// </summary>
internal static class PortfolioComponents
{
    /// <summary>The connected groups, each in input order, ordered by their first document.</summary>
    public static List<List<DealDocument>> Of(IReadOnlyList<DealDocument> documents)
    {
        var parent = Enumerable.Range(0, documents.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var firstWithParty = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var party in documents[i].Deal.Parties)
            {
                if (firstWithParty.TryGetValue(party.Id, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstWithParty[party.Id] = i;
                }
            }
        }

        return Enumerable.Range(0, documents.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => documents[i]).ToList())
            .ToList();
    }

    /// <summary>Groups packed into batches of about <paramref name="batchSize"/> documents, so that small groups share a session.</summary>
    public static IEnumerable<List<DealDocument>> Batches(List<List<DealDocument>> components, int batchSize)
    {
        var batch = new List<DealDocument>();
        foreach (var component in components)
        {
            if (batch.Count > 0 && batch.Count + component.Count > batchSize)
            {
                yield return batch;
                batch = [];
            }

            batch.AddRange(component);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
