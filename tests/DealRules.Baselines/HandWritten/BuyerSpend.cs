namespace DealRules.Baselines.HandWritten;

/// <summary>
/// One buyer's disclosed commitments across the portfolio, as CHIP003 and CLOUD004 read them: their
/// total, the providers they go to, the entries they come from (in portfolio order), and the part of
/// the total that goes to each party the rule attributes it to (a chip controller, a provider).
/// </summary>
internal sealed class BuyerSpend
{
    public decimal Total { get; private set; }

    public List<int> Providers { get; } = new(2);

    public List<EntryAt> Entries { get; } = new(2);

    public List<(int Party, decimal Amount)> Shares { get; } = new(2);

    /// <summary>The buyer's spend, made on its first commitment: buyers are indexed by party number.</summary>
    public static BuyerSpend Of(BuyerSpend?[] buyers, int buyer) => buyers[buyer] ??= new BuyerSpend();

    public void Add(int provider, decimal amount, EntryAt entry)
    {
        Total += amount;
        Entries.Add(entry);
        if (!Providers.Contains(provider))
        {
            Providers.Add(provider);
        }
    }

    public void AddShare(int party, decimal amount)
    {
        for (var i = 0; i < Shares.Count; i++)
        {
            if (Shares[i].Party == party)
            {
                Shares[i] = (party, Shares[i].Amount + amount);
                return;
            }
        }

        Shares.Add((party, amount));
    }

    public IEnumerable<string> Pointers => Entries.Select(e => e.Pointer);
}
