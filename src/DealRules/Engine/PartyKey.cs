namespace DealRules.Engine;

/// <summary>
/// What shares are grouped by: one party (a buyer, a provider) and a currency, ordered ordinally by
/// the party, then the currency. A class for the reason <see cref="PairKey"/> gives.
/// </summary>
internal sealed record PartyKey(string Party, string Currency) : IComparable<PartyKey>
{
    public int CompareTo(PartyKey? other) =>
        other is null ? 1
        : string.CompareOrdinal(Party, other.Party) is var party and not 0 ? party
        : string.CompareOrdinal(Currency, other.Currency);
}
