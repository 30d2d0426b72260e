using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using static DealRules.Engine.FactGrouping;
using static DealRules.Engine.MoneyReading;

namespace DealRules.Engine;

/// <summary>
/// The facts computed across the documents of a group: spend-backs, shares, lab holdings, the money
/// flow graph, and under format 2 those of <see cref="FormatTwoFacts"/>. Money is counted as
/// the group's <see cref="MoneyReading"/> says; superseded documents were left out before this point.
/// </summary>
internal static class PortfolioFacts
{
    public static void Add(
        List<object> facts,
        FactSelection selection,
        MoneyReading reading,
        List<InvestmentFact> investments,
        List<CommitmentFact> commitments,
        DealScope[] scopes,
        Dictionary<string, Party> parties)
    {
        var valued = commitments.Where(c => reading.Valued(c) is not null).ToList();
        var counted = investments.Where(reading.Counts).ToList();
        if (selection.SpendBacks)
        {
            facts.AddRange(SpendBacks(reading, investments, counted, valued, parties));
        }

        if (selection.ProviderShares)
        {
            facts.AddRange(ProviderShares(reading, valued, parties));
        }

        if (selection.ChipShares)
        {
            facts.AddRange(ChipShares(reading, valued, parties));
        }

        if (selection.LabHoldings)
        {
            facts.AddRange(LabHoldings(reading, investments, scopes, parties));
        }

        if (selection.MoneyFlowGraph)
        {
            facts.Add(new MoneyFlowGraph(MoneyFlows(reading, counted, valued, parties)));
        }

        FormatTwoFacts.Add(facts, selection, reading, investments, valued, parties);
    }

    private static List<SpendBack> SpendBacks(
        MoneyReading reading, List<InvestmentFact> investments, List<InvestmentFact> counted, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var back = GroupBy(valued, c => new PairKey(c.Commitment.Provider, c.Commitment.Buyer, c.Scope.Currency));
        var conditional = GroupBy(
            investments.Where(i => i.Amount is not null && !reading.Counts(i)),
            i => new PairKey(i.Investment.Investor, i.Investment.Investee, i.Scope.Currency));
        var pairs = GroupBy(counted, i => new PairKey(i.Investment.Investor, i.Investment.Investee, i.Scope.Currency));
        var spendBacks = new List<SpendBack>();
        foreach (var key in Ordered(pairs))
        {
            if (!back.TryGetValue(key, out var committed))
            {
                continue;
            }

            var group = pairs[key];

            var invested = Total(group.Select(Invested));
            var committedSum = Total(committed.Select(c => reading.Valued(c)!));
            if (invested.Stated > 0 && (committedSum.Stated > 0 || committedSum.CapacityGw > 0))
            {
                spendBacks.Add(new SpendBack(parties[key.First], parties[key.Second], key.Currency, invested.Stated, committedSum.Stated)
                {
                    InvestedSum = invested,
                    CommittedSum = committedSum,
                    ConditionalInvested = conditional.TryGetValue(key, out var held) ? ExactMath.Sum(held.Select(i => i.Amount!.Value)) : 0,
                    Facts = [.. Sorted(group.Select(i => i.Pointer)), .. Sorted(committed.Select(c => c.Pointer))],
                    Format = reading.Format,
                });
            }
        }

        return spendBacks;
    }

    private static List<ProviderShare> ProviderShares(MoneyReading reading, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<ProviderShare>();
        var byBuyer = ByBuyer(valued);
        foreach (var buyer in Ordered(byBuyer))
        {
            var group = byBuyer[buyer];
            var total = Total(group.Select(c => reading.Valued(c)!));
            if (reading.SkipsEmptyTotals && total.Stated <= 0)
            {
                continue;
            }

            var byProvider = GroupBy(group, c => c.Commitment.Provider);
            var pointers = Sorted(group.Select(c => c.Pointer));
            foreach (var provider in byProvider.Keys.Order(StringComparer.Ordinal))
            {
                var amount = Total(byProvider[provider].Select(c => reading.Valued(c)!));
                shares.Add(new ProviderShare(parties[buyer.Party], parties[provider], buyer.Currency, amount.Stated, total.Stated, byProvider.Count)
                {
                    AmountSum = amount,
                    BuyerTotalSum = total,
                    Facts = pointers,
                    Format = reading.Format,
                });
            }
        }

        return shares;
    }

    private static List<ChipShare> ChipShares(MoneyReading reading, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var shares = new List<ChipShare>();
        var controllers = new Dictionary<CommitmentFact, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var commitment in valued)
        {
            if (ChipControllers(commitment) is { Count: > 0 } found)
            {
                controllers[commitment] = found;
            }
        }

        var byBuyer = ByBuyer(controllers.Keys);
        foreach (var buyer in Ordered(byBuyer))
        {
            var group = byBuyer[buyer];
            var total = Total(group.Select(c => reading.Valued(c)!));
            if (reading.SkipsEmptyTotals && total.Stated <= 0)
            {
                continue;
            }

            var providers = group.Select(c => c.Commitment.Provider).Distinct(StringComparer.Ordinal).Count();
            var byController = GroupBy(group.Where(c => controllers[c].Count == 1), c => controllers[c][0]);
            var pointers = Sorted(group.Select(c => c.Pointer));
            foreach (var controller in byController.Keys.Order(StringComparer.Ordinal))
            {
                var amount = Total(byController[controller].Select(c => reading.Valued(c)!));
                shares.Add(new ChipShare(parties[buyer.Party], parties[controller], buyer.Currency, amount.Stated, total.Stated, providers)
                {
                    AmountSum = amount,
                    ChipTotalSum = total,
                    Facts = pointers,
                    Format = reading.Format,
                });
            }
        }

        return shares;
    }

    private static List<LabHolding> LabHoldings(
        MoneyReading reading, List<InvestmentFact> investments, DealScope[] scopes, Dictionary<string, Party> parties)
    {
        var holdings = new List<LabHolding>();
        foreach (var investment in investments)
        {
            if (investment.Investee.Kind == PartyKind.AiLab)
            {
                holdings.Add(new LabHolding(parties[investment.Investment.Investor], parties[investment.Investment.Investee], true)
                {
                    Facts = [investment.Pointer],
                    Format = reading.Format,
                });
            }
        }

        foreach (var scope in scopes)
        {
            for (var index = 0; index < scope.Deal.RelatedStakes.Count; index++)
            {
                var stake = scope.Deal.RelatedStakes[index];
                if (scope.Party(stake.Investee).Kind == PartyKind.AiLab)
                {
                    holdings.Add(new LabHolding(parties[stake.Investor], parties[stake.Investee], false)
                    {
                        Facts = [scope.Pointer($"/relatedStakes/{index}")],
                        Format = reading.Format,
                    });
                }
            }
        }

        return holdings;
    }

    private static List<MoneyFlow> MoneyFlows(MoneyReading reading, List<InvestmentFact> counted, List<CommitmentFact> valued, Dictionary<string, Party> parties)
    {
        var flows = new Dictionary<PairKey, Flow>();
        void Add(string from, string to, string currency, MoneySum sum, string pointer)
        {
            var key = new PairKey(from, to, currency);
            if (flows.TryGetValue(key, out var flow))
            {
                flow.Pointers.Add(pointer);
                flow.Sum = flow.Sum.Plus(sum);
            }
            else
            {
                flows[key] = new Flow { Sum = sum, Pointers = [pointer] };
            }
        }

        foreach (var investment in counted)
        {
            Add(investment.Investment.Investor, investment.Investment.Investee, investment.Scope.Currency, Invested(investment), investment.Pointer);
        }

        foreach (var commitment in valued)
        {
            Add(commitment.Commitment.Buyer, commitment.Commitment.Provider, commitment.Scope.Currency, reading.Valued(commitment)!, commitment.Pointer);
        }

        return Ordered(flows)
            .Select(key => new MoneyFlow(parties[key.First], parties[key.Second], key.Currency, flows[key].Sum.Stated)
            {
                Sum = flows[key].Sum,
                Facts = Sorted(flows[key].Pointers),
                Format = reading.Format,
            })
            .ToList();
    }

    /// <summary>The money one party sends another in one currency, and the facts it comes from (a class for the reason <see cref="PairKey"/> gives).</summary>
    private sealed class Flow
    {
        public required MoneySum Sum { get; set; }

        public required List<string> Pointers { get; init; }
    }
}
