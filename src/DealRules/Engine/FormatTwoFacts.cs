using DealRules.Facts;
using DealRules.Model;
using static DealRules.Engine.FactGrouping;
using static DealRules.Engine.MoneyReading;

namespace DealRules.Engine;

/// <summary>The portfolio facts only format 2 can give: buy-backs, buyer shares and staged commitments (catalog 2's rules).</summary>
internal static class FormatTwoFacts
{
    public static void Add(
        List<object> facts, FactSelection selection, MoneyReading reading, List<InvestmentFact> investments, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        if (reading.Format < 2)
        {
            return;
        }

        if (selection.BuyBacks)
        {
            facts.AddRange(BuyBacks(reading, investments, valued, parties));
        }

        if (selection.BuyerShares)
        {
            facts.AddRange(BuyerShares(reading, valued, parties));
        }

        if (selection.StagedCommitments)
        {
            facts.AddRange(Staged(reading, valued, parties));
        }
    }

    private static List<BuyBack> BuyBacks(MoneyReading reading, List<InvestmentFact> investments, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var bought = GroupBy(valued, c => new PairKey(c.Commitment.Buyer, c.Commitment.Provider, c.Scope.Currency));
        var invested = GroupBy(investments, i => new PairKey(i.Investment.Investor, i.Investment.Investee, i.Scope.Currency));
        var result = new List<BuyBack>();
        foreach (var key in Ordered(invested))
        {
            if (!bought.TryGetValue(key, out var committed))
            {
                continue;
            }

            var group = invested[key];
            result.Add(new BuyBack(parties[key.First], parties[key.Second], key.Currency)
            {
                Invested = Total(group.Where(reading.Counts).Select(Invested)),
                Committed = Total(committed.Select(c => reading.Valued(c)!)),
                UndisclosedInvestment = group.Any(i => i.Amount is null),
                Facts = [.. Sorted(group.Select(i => i.Pointer)), .. Sorted(committed.Select(c => c.Pointer))],
                Format = reading.Format,
            });
        }

        return result;
    }

    private static List<BuyerShare> BuyerShares(MoneyReading reading, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<BuyerShare>();
        var byProvider = GroupBy(valued, c => new PartyKey(c.Commitment.Provider, c.Scope.Currency));
        foreach (var key in Ordered(byProvider))
        {
            var group = byProvider[key];
            var total = Total(group.Select(c => reading.Valued(c)!));
            var byBuyer = GroupBy(group, c => c.Commitment.Buyer);
            var pointers = Sorted(group.Select(c => c.Pointer));
            foreach (var buyer in byBuyer.Keys.Order(StringComparer.Ordinal))
            {
                shares.Add(new BuyerShare(parties[key.Party], parties[buyer], key.Currency, byBuyer.Count)
                {
                    Amount = Total(byBuyer[buyer].Select(c => reading.Valued(c)!)),
                    ProviderTotal = total,
                    Facts = pointers,
                    Format = reading.Format,
                });
            }
        }

        return shares;
    }

    private static List<StagedCommitments> Staged(MoneyReading reading, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var staged = new List<StagedCommitments>();
        var pairs = GroupBy(valued, c => new PairKey(c.Commitment.Buyer, c.Commitment.Provider, c.Scope.Currency));
        foreach (var key in Ordered(pairs))
        {
            var group = pairs[key];
            var byDeal = GroupBy(group, c => c.Scope.Id);
            if (byDeal.Count < 2)
            {
                continue;
            }

            staged.Add(new StagedCommitments(parties[key.First], parties[key.Second], key.Currency)
            {
                Total = Total(group.Select(c => reading.Valued(c)!)),
                Stages = [.. byDeal.Keys.Order(StringComparer.Ordinal).Select(id => KeyValuePair.Create(id, Total(byDeal[id].Select(c => reading.Valued(c)!))))],
                Facts = Sorted(group.Select(c => c.Pointer)),
                Format = reading.Format,
            });
        }

        return staged;
    }
}
