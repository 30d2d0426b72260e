namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The portfolio's money, summed per ordered pair of parties: an investment is money from investor to
/// investee, a compute commitment money from buyer to provider, and an undisclosed amount is no flow.
/// CIRC001 reads the two kinds apart, CIRC003 their total.
/// </summary>
internal sealed class MoneyFlows
{
    private MoneyFlows(Dictionary<long, PairFlow> pairs) => Pairs = pairs;

    /// <summary>The flows, keyed by <see cref="PortfolioIndex.Pair"/>.</summary>
    public Dictionary<long, PairFlow> Pairs { get; }

    public static MoneyFlows Of(PortfolioIndex portfolio)
    {
        var pairs = new Dictionary<long, PairFlow>(portfolio.PartyCount * 2, PairKeyComparer.Instance);
        foreach (var deal in portfolio.Deals)
        {
            var investments = deal.Deal.Investments;
            for (var i = 0; i < investments.Count; i++)
            {
                if (investments[i].Amount is { } amount)
                {
                    Flow(pairs, deal.NumberOf(investments[i].Investor), deal.NumberOf(investments[i].Investee)).AddInvestment(amount, new EntryAt(deal, "investments", i));
                }
            }

            var commitments = deal.Deal.ComputeCommitments;
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Amount is { } amount)
                {
                    Flow(pairs, deal.NumberOf(commitments[c].Buyer), deal.NumberOf(commitments[c].Provider)).AddCommitment(amount, new EntryAt(deal, "computeCommitments", c));
                }
            }
        }

        return new MoneyFlows(pairs);
    }

    private static PairFlow Flow(Dictionary<long, PairFlow> pairs, int from, int to)
    {
        var key = PortfolioIndex.Pair(from, to);
        if (!pairs.TryGetValue(key, out var flow))
        {
            pairs[key] = flow = new PairFlow(from, to);
        }

        return flow;
    }

    /// <summary>What one party sends another: disclosed investments and commitments, and the entries they come from in portfolio order.</summary>
    internal sealed class PairFlow(int from, int to)
    {
        private List<EntryAt>? investments;
        private List<EntryAt>? commitments;

        public int From { get; } = from;

        public int To { get; } = to;

        public decimal Invested { get; private set; }

        public decimal Committed { get; private set; }

        public decimal Total => Invested + Committed;

        public IEnumerable<string> InvestmentPointers => (investments ?? []).Select(e => e.Pointer);

        public IEnumerable<string> CommitmentPointers => (commitments ?? []).Select(e => e.Pointer);

        public void AddInvestment(decimal amount, EntryAt entry)
        {
            Invested += amount;
            (investments ??= new(1)).Add(entry);
        }

        public void AddCommitment(decimal amount, EntryAt entry)
        {
            Committed += amount;
            (commitments ??= new(1)).Add(entry);
        }
    }
}
