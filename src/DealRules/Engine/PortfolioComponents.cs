using DealRules.Documents;

namespace DealRules.Engine;

/// <summary>
/// Splits a portfolio into the groups of documents that can influence each other: documents are
/// connected when they name a common party, or one supersedes or amends the other (format 2),
/// directly or through others. Every portfolio rule looks
/// only at money, stakes and rights between parties, so a rule never joins facts of two groups, and
/// evaluating groups apart gives the findings of evaluating them together — without the cost of
/// joining every document with every other (NRules' joins are not hashed).
/// </summary>
public static class PortfolioComponents
{
    /// <summary>The connected groups of documents, each in input order, ordered by their first document.</summary>
    /// <param name="documents">The portfolio.</param>
    public static List<List<DealDocument>> Of(IReadOnlyList<DealDocument> documents)
    {
        // One list of names, filled again for each document (each is read whole before the next): no iterators per document.
        var names = new List<string>();
        return Of(documents, d =>
        {
            names.Clear();
            for (var i = 0; i < d.Deal.Parties.Count; i++)
            {
                names.Add(d.Deal.Parties[i].Id);
            }

            names.Add("#" + d.Deal.Id);
            for (var i = 0; i < d.Deal.Supersedes.Count; i++)
            {
                names.Add("#" + d.Deal.Supersedes[i]);
            }

            for (var i = 0; i < d.Deal.Amends.Count; i++)
            {
                names.Add("#" + d.Deal.Amends[i]);
            }

            return names;
        });
    }

    /// <summary>
    /// The connected groups of any items that name parties — such as files already checked, of which
    /// only the party ids are kept — so that a large portfolio can be evaluated group by group
    /// without holding every document at once.
    /// </summary>
    /// <param name="documents">The items.</param>
    /// <param name="partiesOf">The party ids an item names.</param>
    public static List<List<T>> Of<T>(IReadOnlyList<T> documents, Func<T, IEnumerable<string>> partiesOf)
    {
        var parent = new int[documents.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // Sized for about six names a document (parties, its id, its links): grown step by step instead, the
        // table of a large portfolio is copied into ever larger arrays on the large object heap, each of which
        // brings the next full garbage collection nearer.
        var firstWithParty = new Dictionary<string, int>(documents.Count * 6, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var party in partiesOf(documents[i]))
            {
                if (firstWithParty.TryGetValue(party, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstWithParty[party] = i;
                }
            }
        }

        // Groups in the order of their first document, each in input order.
        var groups = new List<List<T>>();
        var groupOfRoot = parent.AsSpan().ToArray();
        Array.Fill(groupOfRoot, -1);
        for (var i = 0; i < documents.Count; i++)
        {
            var root = Find(i);
            if (groupOfRoot[root] < 0)
            {
                groupOfRoot[root] = groups.Count;
                groups.Add([]);
            }

            groups[groupOfRoot[root]].Add(documents[i]);
        }

        return groups;
    }

    /// <summary>Groups packed into batches of about <paramref name="batchSize"/> items, so that small groups share a session.</summary>
    /// <param name="components">The groups.</param>
    /// <param name="batchSize">About how many items a batch holds; a group larger than that is a batch of its own.</param>
    public static IEnumerable<List<T>> Batches<T>(List<List<T>> components, int batchSize)
    {
        var batch = new List<T>();
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
