using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// The groupings and orders the fact builders share, written as plain loops over dictionaries: they
/// run for every batch of every evaluation, and chained LINQ groupings and sorts once cost as much as
/// the rules themselves.
/// </summary>
internal static class FactGrouping
{
    /// <summary>A party's portfolio-wide record: as declared in the first document (by deal id) that declares it.</summary>
    public static Dictionary<string, Party> PortfolioParties(IEnumerable<DealScope> scopes)
    {
        var parties = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            foreach (var party in scope.Deal.Parties)
            {
                parties.TryAdd(party.Id, party);
            }
        }

        return parties;
    }

    /// <summary>The distinct parties controlling the chips a commitment's products name (in its own document).</summary>
    public static List<string> ChipControllers(CommitmentFact commitment)
    {
        var controllers = new List<string>();
        foreach (var product in commitment.Commitment.Products)
        {
            if (commitment.Scope.ChipController(product) is { } party && !controllers.Contains(party.Id))
            {
                controllers.Add(party.Id);
            }
        }

        return controllers;
    }

    /// <summary>Commitments grouped by buyer and currency, ordered by both.</summary>
    public static IEnumerable<((string Buyer, string Currency) Key, List<CommitmentFact> Group)> ByBuyer(IEnumerable<CommitmentFact> commitments)
    {
        var groups = GroupBy(commitments, c => (c.Commitment.Buyer, c.Scope.Currency));
        return groups.Keys
            .Order(Comparer<(string Buyer, string Currency)>.Create(static (a, b) =>
                string.CompareOrdinal(a.Buyer, b.Buyer) is var order and not 0 ? order : string.CompareOrdinal(a.Currency, b.Currency)))
            .Select(key => (key, groups[key]));
    }

    public static Dictionary<TKey, List<T>> GroupBy<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(item);
        }

        return groups;
    }

    /// <summary>Entries keyed by three strings, ordered ordinally by the first, then the second, then the third.</summary>
    public static KeyValuePair<(string, string, string), TValue>[] Ordered<TValue>(Dictionary<(string, string, string), TValue> entries)
    {
        var ordered = entries.ToArray();
        Array.Sort(ordered, static (a, b) =>
            string.CompareOrdinal(a.Key.Item1, b.Key.Item1) is var first and not 0 ? first
            : string.CompareOrdinal(a.Key.Item2, b.Key.Item2) is var second and not 0 ? second
            : string.CompareOrdinal(a.Key.Item3, b.Key.Item3));
        return ordered;
    }

    /// <summary>Distinct pointers in fact-pointer order.</summary>
    public static string[] Sorted(IEnumerable<string> pointers)
    {
        var distinct = new HashSet<string>(pointers, StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, FactPointerComparer.Instance);
        return distinct;
    }
}
