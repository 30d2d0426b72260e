namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The portfolio's documents, each indexed, and its parties numbered 0, 1, 2… in the order first
/// declared (a party is the same party in every document where its id is the same), so that what
/// spans documents is kept in arrays indexed by party and in maps keyed by a pair of numbers.
/// </summary>
internal sealed class PortfolioIndex
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public PortfolioIndex(int capacity)
    {
        Deals = new List<DealIndex>(capacity);
        Ids = new List<string>(capacity * 4);
    }

    public List<DealIndex> Deals { get; }

    /// <summary>The party ids by number.</summary>
    public List<string> Ids { get; }

    public int PartyCount => Ids.Count;

    public int Number(string id)
    {
        if (!numbers.TryGetValue(id, out var number))
        {
            numbers[id] = number = Ids.Count;
            Ids.Add(id);
        }

        return number;
    }

    /// <summary>A key for an ordered pair of parties.</summary>
    public static long Pair(int from, int to) => ((long)from << 32) | (uint)to;
}

/// <summary>
/// Hashes pair keys by Fibonacci hashing: <see cref="long.GetHashCode"/> folds the two halves with
/// xor, and the parties of one deal are numbered in a row, so their pairs would share a handful of
/// hash codes.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}

/// <summary>An entry of a document (its section and index), whose pointer is written only when a finding cites it.</summary>
internal readonly record struct EntryAt(DealIndex Deal, string Section, int Index)
{
    public string Pointer => Deal.Pointer(Section, Index);
}
