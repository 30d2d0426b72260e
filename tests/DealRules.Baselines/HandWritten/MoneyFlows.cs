namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The portfolio's money, summed per ordered pair of parties: an investment is money from investor to
/// investee, a compute commitment money from buyer to provider, and an undisclosed amount is no flow.
/// CIRC001 reads the two kinds apart, CIRC003 their total.
/// </summary>
internal sealed class MoneyFlows
{
    private MoneyFlows(Dictionary<(string From, string To), PairFlow> pairs) => Pairs = pairs;

    public Dictionary<(string From, string To), PairFlow> Pairs { get; }

    public static MoneyFlows Of(IReadOnlyList<DealIndex> deals)
    {
        var pairs = new Dictionary<(string, string), PairFlow>();
        foreach (var deal in deals)
        {
            var investments = deal.Deal.Investments;
            for (var i = 0; i < investments.Count; i++)
            {
                if (investments[i].Amount is { } amount)
                {
                    Flow(pairs, investments[i].Investor, investments[i].Investee).AddInvestment(amount, deal.Pointer("investments", i));
                }
            }

            var commitments = deal.Deal.ComputeCommitments;
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Amount is { } amount)
                {
                    Flow(pairs, commitments[c].Buyer, commitments[c].Provider).AddCommitment(amount, deal.Pointer("computeCommitments", c));
                }
            }
        }

        return new MoneyFlows(pairs);
    }

    private static PairFlow Flow(Dictionary<(string, string), PairFlow> pairs, string from, string to)
    {
        if (!pairs.TryGetValue((from, to), out var flow))
        {
            pairs[(from, to)] = flow = new PairFlow();
        }

        return flow;
    }

    /// <summary>What one party sends another: disclosed investments and commitments, with their pointers in portfolio order.</summary>
    internal sealed class PairFlow
    {
        public decimal Invested { get; private set; }

        public decimal Committed { get; private set; }

        public decimal Total => Invested + Committed;

        public List<string> InvestmentPointers { get; } = new(1);

        public List<string> CommitmentPointers { get; } = new(1);

        public List<string> Pointers { get; } = new(2);

        public void AddInvestment(decimal amount, string pointer)
        {
            Invested += amount;
            InvestmentPointers.Add(pointer);
            Pointers.Add(pointer);
        }

        public void AddCommitment(decimal amount, string pointer)
        {
            Committed += amount;
            CommitmentPointers.Add(pointer);
            Pointers.Add(pointer);
        }
    }
}
