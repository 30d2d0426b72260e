namespace DealRules.Engine;

/// <summary>
/// What portfolio facts are grouped by: two parties (investor and investee, buyer and provider) and a
/// currency, ordered ordinally by the first, then the second, then the currency.
/// </summary>
/// <remarks>
/// A class, not a value tuple: dictionaries, sorts and LINQ over a value type are generic code the
/// ReadyToRun image cannot hold, compiled on first use at every start; over a class they share the
/// precompiled code.
/// </remarks>
internal sealed record PairKey(string First, string Second, string Currency) : IComparable<PairKey>
{
    public int CompareTo(PairKey? other) =>
        other is null ? 1
        : string.CompareOrdinal(First, other.First) is var first and not 0 ? first
        : string.CompareOrdinal(Second, other.Second) is var second and not 0 ? second
        : string.CompareOrdinal(Currency, other.Currency);
}
