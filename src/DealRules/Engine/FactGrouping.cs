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

    /// <summary>Commitments grouped by buyer and currency.</summary>
    public static Dictionary<PartyKey, List<CommitmentFact>> ByBuyer(IEnumerable<CommitmentFact> commitments) =>
        GroupBy(commitments, c => new PartyKey(c.Commitment.Buyer, c.Scope.Currency));

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

    /// <summary>The keys in their order (each key type's own: ordinal, field by field).</summary>
    public static TKey[] Ordered<TKey, TValue>(Dictionary<TKey, TValue> entries)
        where TKey : class, IComparable<TKey>
    {
        var keys = new TKey[entries.Count];
        entries.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        return keys;
    }

    /// <summary>Distinct pointers in fact-pointer order.</summary>
    public static string[] Sorted(IEnumerable<string> pointers)
    {
        var distinct = new HashSet<string>(pointers, StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, FactPointerComparer.Instance);
        return distinct;
    }
}
