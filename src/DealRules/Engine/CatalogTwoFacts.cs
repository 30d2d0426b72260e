using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// The portfolio facts of a group of documents read under format 2. Money is counted as format 2
/// says: investments released on a milestone or a listing are set apart (consumption-conditioned
/// ones count, since they are paid as the spend they finance happens); a commitment counts at its
/// amount, or, when that is undisclosed, at its capacity in gigawatts, which rules value with the
/// profile's price of a gigawatt; qualified figures count at their stated value and carry their
/// qualifier. Superseded documents were left out before this point.
/// </summary>
internal static class CatalogTwoFacts
{
    private const int Format = 2;

    /// <summary>What a commitment counts for: its amount, else its capacity; null when neither is known.</summary>
    public static MoneySum? Valued(CommitmentFact commitment) => commitment.Commitment switch
    {
        { Amount: { } amount } c => MoneySum.Of(amount, c.AmountQualifier),
        { CapacityGw: { } gw } c when gw > 0 => MoneySum.OfCapacity(gw, c.CapacityQualifier),
        _ => null,
    };

    /// <summary>True for an investment whose money is firm: unconditional, or released as the investee buys.</summary>
    public static bool Firm(Investment investment) =>
        investment.Condition is InvestmentCondition.None or InvestmentCondition.Consumption;

    public static MoneySum Total(IEnumerable<MoneySum> parts) => parts.Aggregate(MoneySum.Zero, (sum, part) => sum.Plus(part));

    private static MoneySum Invested(InvestmentFact investment) =>
        MoneySum.Of(investment.Investment.Amount!.Value, investment.Investment.AmountQualifier);

    public static void Add(
        List<object> facts,
        FactSelection selection,
        List<InvestmentFact> investments,
        List<CommitmentFact> commitments,
        List<(DealScope Scope, int Index, Stake Stake)> stakes,
        Dictionary<string, Party> parties)
    {
        var valued = commitments.Where(c => Valued(c) is not null).ToList();
        var firm = investments.Where(i => i.Investment.Amount is not null && Firm(i.Investment)).ToList();
        if (selection.SpendBacks)
        {
            facts.AddRange(SpendBacks(investments, firm, valued, parties));
        }

        if (selection.ProviderShares)
        {
            facts.AddRange(ProviderShares(valued, parties));
        }

        if (selection.ChipShares)
        {
            facts.AddRange(ChipShares(valued, parties));
        }

        if (selection.LabHoldings)
        {
            facts.AddRange(FactBuilder.LabHoldings(investments, stakes, parties).Select(h => h with { Format = Format }));
        }

        if (selection.MoneyFlowGraph)
        {
            facts.Add(new MoneyFlowGraph(MoneyFlows(firm, valued, parties)));
        }

        if (selection.BuyBacks)
        {
            facts.AddRange(BuyBacks(investments, valued, parties));
        }

        if (selection.BuyerShares)
        {
            facts.AddRange(BuyerShares(valued, parties));
        }

        if (selection.StagedCommitments)
        {
            facts.AddRange(Staged(valued, parties));
        }
    }

    private static List<SpendBack> SpendBacks(List<InvestmentFact> investments, List<InvestmentFact> firm, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var back = FactBuilder.GroupBy(valued, c => (c.Commitment.Provider, c.Commitment.Buyer, c.Scope.Currency));
        var conditional = FactBuilder.GroupBy(
            investments.Where(i => i.Investment.Amount is not null && !Firm(i.Investment)),
            i => (i.Investment.Investor, i.Investment.Investee, i.Scope.Currency));
        var spendBacks = new List<SpendBack>();
        foreach (var (key, group) in FactBuilder.Ordered(FactBuilder.GroupBy(firm, i => (i.Investment.Investor, i.Investment.Investee, i.Scope.Currency))))
        {
            if (!back.TryGetValue(key, out var committed))
            {
                continue;
            }

            var invested = Total(group.Select(Invested));
            var committedSum = Total(committed.Select(c => Valued(c)!));
            if (invested.Stated > 0 && (committedSum.Stated > 0 || committedSum.CapacityGw > 0))
            {
                spendBacks.Add(new SpendBack(parties[key.Item1], parties[key.Item2], key.Item3, invested.Stated, committedSum.Stated)
                {
                    InvestedSum = invested,
                    CommittedSum = committedSum,
                    ConditionalInvested = conditional.TryGetValue(key, out var held) ? held.Sum(i => i.Investment.Amount!.Value) : 0,
                    Facts = [.. FactBuilder.Sorted(group.Select(i => i.Pointer)), .. FactBuilder.Sorted(committed.Select(c => c.Pointer))],
                    Format = Format,
                });
            }
        }

        return spendBacks;
    }

    private static List<ProviderShare> ProviderShares(List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<ProviderShare>();
        foreach (var (buyer, group) in FactBuilder.ByBuyer(valued))
        {
            var total = Total(group.Select(c => Valued(c)!));
            var byProvider = FactBuilder.GroupBy(group, c => c.Commitment.Provider);
            var pointers = FactBuilder.Sorted(group.Select(c => c.Pointer));
            foreach (var provider in byProvider.Keys.Order(StringComparer.Ordinal))
            {
                var amount = Total(byProvider[provider].Select(c => Valued(c)!));
                shares.Add(new ProviderShare(parties[buyer.Buyer], parties[provider], buyer.Currency, amount.Stated, total.Stated, byProvider.Count)
                {
                    AmountSum = amount,
                    BuyerTotalSum = total,
                    Facts = pointers,
                    Format = Format,
                });
            }
        }

        return shares;
    }

    private static List<ChipShare> ChipShares(List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<ChipShare>();
        var controllers = new Dictionary<CommitmentFact, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var commitment in valued)
        {
            if (FactBuilder.Controllers(commitment) is { Count: > 0 } found)
            {
                controllers[commitment] = found;
            }
        }

        foreach (var (buyer, group) in FactBuilder.ByBuyer(controllers.Keys))
        {
            var total = Total(group.Select(c => Valued(c)!));
            var providers = group.Select(c => c.Commitment.Provider).Distinct(StringComparer.Ordinal).Count();
            var byController = FactBuilder.GroupBy(group.Where(c => controllers[c].Count == 1), c => controllers[c][0]);
            var pointers = FactBuilder.Sorted(group.Select(c => c.Pointer));
            foreach (var controller in byController.Keys.Order(StringComparer.Ordinal))
            {
                var amount = Total(byController[controller].Select(c => Valued(c)!));
                shares.Add(new ChipShare(parties[buyer.Buyer], parties[controller], buyer.Currency, amount.Stated, total.Stated, providers)
                {
                    AmountSum = amount,
                    ChipTotalSum = total,
                    Facts = pointers,
                    Format = Format,
                });
            }
        }

        return shares;
    }

    private static List<MoneyFlow> MoneyFlows(List<InvestmentFact> firm, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var flows = new Dictionary<(string From, string To, string Currency), (MoneySum Sum, List<string> Pointers)>();
        void Add(string from, string to, string currency, MoneySum sum, string pointer)
        {
            var key = (from, to, currency);
            flows[key] = flows.TryGetValue(key, out var flow)
                ? (flow.Sum.Plus(sum), [.. flow.Pointers, pointer])
                : (sum, [pointer]);
        }

        foreach (var investment in firm)
        {
            Add(investment.Investment.Investor, investment.Investment.Investee, investment.Scope.Currency, Invested(investment), investment.Pointer);
        }

        foreach (var commitment in valued)
        {
            Add(commitment.Commitment.Buyer, commitment.Commitment.Provider, commitment.Scope.Currency, Valued(commitment)!, commitment.Pointer);
        }

        return FactBuilder.Ordered(flows)
            .Select(f => new MoneyFlow(parties[f.Key.Item1], parties[f.Key.Item2], f.Key.Item3, f.Value.Sum.Stated)
            {
                Sum = f.Value.Sum,
                Facts = FactBuilder.Sorted(f.Value.Pointers),
                Format = Format,
            })
            .ToList();
    }

    private static List<BuyBack> BuyBacks(List<InvestmentFact> investments, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var bought = FactBuilder.GroupBy(valued, c => (c.Commitment.Buyer, c.Commitment.Provider, c.Scope.Currency));
        var result = new List<BuyBack>();
        foreach (var (key, group) in FactBuilder.Ordered(FactBuilder.GroupBy(investments, i => (i.Investment.Investor, i.Investment.Investee, i.Scope.Currency))))
        {
            if (!bought.TryGetValue(key, out var committed))
            {
                continue;
            }

            var counted = group.Where(i => i.Investment.Amount is not null && Firm(i.Investment)).ToList();
            result.Add(new BuyBack(parties[key.Item1], parties[key.Item2], key.Item3)
            {
                Invested = Total(counted.Select(Invested)),
                Committed = Total(committed.Select(c => Valued(c)!)),
                UndisclosedInvestment = group.Any(i => i.Investment.Amount is null),
                Facts = [.. FactBuilder.Sorted(group.Select(i => i.Pointer)), .. FactBuilder.Sorted(committed.Select(c => c.Pointer))],
                Format = Format,
            });
        }

        return result;
    }

    private static List<BuyerShare> BuyerShares(List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<BuyerShare>();
        var byProvider = FactBuilder.GroupBy(valued, c => (c.Commitment.Provider, c.Scope.Currency));
        foreach (var key in byProvider.Keys.OrderBy(k => k.Provider, StringComparer.Ordinal).ThenBy(k => k.Currency, StringComparer.Ordinal))
        {
            var group = byProvider[key];
            var total = Total(group.Select(c => Valued(c)!));
            var byBuyer = FactBuilder.GroupBy(group, c => c.Commitment.Buyer);
            var pointers = FactBuilder.Sorted(group.Select(c => c.Pointer));
            foreach (var buyer in byBuyer.Keys.Order(StringComparer.Ordinal))
            {
                shares.Add(new BuyerShare(parties[key.Provider], parties[buyer], key.Currency, byBuyer.Count)
                {
                    Amount = Total(byBuyer[buyer].Select(c => Valued(c)!)),
                    ProviderTotal = total,
                    Facts = pointers,
                    Format = Format,
                });
            }
        }

        return shares;
    }

    private static List<StagedCommitments> Staged(List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var staged = new List<StagedCommitments>();
        foreach (var (key, group) in FactBuilder.Ordered(FactBuilder.GroupBy(valued, c => (c.Commitment.Buyer, c.Commitment.Provider, c.Scope.Currency))))
        {
            var byDeal = FactBuilder.GroupBy(group, c => c.Scope.Id);
            if (byDeal.Count < 2)
            {
                continue;
            }

            staged.Add(new StagedCommitments(parties[key.Item1], parties[key.Item2], key.Item3)
            {
                Total = Total(group.Select(c => Valued(c)!)),
                Stages = [.. byDeal.Keys.Order(StringComparer.Ordinal).Select(id => KeyValuePair.Create(id, Total(byDeal[id].Select(c => Valued(c)!))))],
                Facts = FactBuilder.Sorted(group.Select(c => c.Pointer)),
                Format = Format,
            });
        }

        return staged;
    }
}
