using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// Turns the documents of a portfolio into the facts rules match: one per document entry, plus the
/// shared computations (investor links, money flows and their aggregates) made once here so that no
/// rule has to recompute them. Written as plain loops over dictionaries: this runs for every batch of
/// every evaluation, and chained LINQ groupings and sorts once cost as much as the rules themselves.
/// </summary>
internal static class FactBuilder
{
    public static IReadOnlyList<object> Build(IEnumerable<DealDocument> documents) => Build(documents, FactSelection.All);

    /// <summary>The facts of the documents that <paramref name="selection"/> asks for, read as format 1 (the documents' highest format is 1).</summary>
    public static IReadOnlyList<object> Build(IEnumerable<DealDocument> documents, FactSelection selection) => Build(documents, selection, 1);

    /// <summary>
    /// The facts of the documents that <paramref name="selection"/> asks for, read under
    /// <paramref name="format"/>: format 1 exactly as it always was; format 2 leaves superseded
    /// documents out, sets conditional investments apart from money sums, counts capacity whose
    /// amount is undisclosed, and builds catalog 2's facts.
    /// </summary>
    public static IReadOnlyList<object> Build(IEnumerable<DealDocument> documents, FactSelection selection, int format)
    {
        var all = documents as IReadOnlyCollection<DealDocument> ?? documents.ToList();
        var superseded = format >= 2 ? Supersession.SupersededIds(all) : [];
        var scopes = all.Where(d => !superseded.Contains(d.Deal.Id)).Select(d => new DealScope(d.Deal, format)).ToArray();
        Array.Sort(scopes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var facts = new List<object>();
        var investments = new List<InvestmentFact>();
        var commitments = new List<CommitmentFact>();
        var stakes = new List<(DealScope Scope, int Index, Stake Stake)>();

        foreach (var scope in scopes)
        {
            var deal = scope.Deal;
            var firstInvestment = investments.Count;
            var firstCommitment = commitments.Count;
            if (selection.Deals)
            {
                facts.Add(new DealFact(scope));
            }

            for (var i = 0; i < deal.Investments.Count; i++)
            {
                investments.Add(new InvestmentFact(scope, i, deal.Investments[i]));
            }

            for (var i = 0; i < deal.ComputeCommitments.Count; i++)
            {
                commitments.Add(new CommitmentFact(scope, i, deal.ComputeCommitments[i]));
            }

            if (selection.Investments)
            {
                facts.AddRange(investments.Skip(firstInvestment));
            }

            if (selection.Commitments)
            {
                facts.AddRange(commitments.Skip(firstCommitment));
            }

            for (var i = 0; i < deal.RelatedStakes.Count; i++)
            {
                stakes.Add((scope, i, deal.RelatedStakes[i]));
            }

            for (var i = 0; selection.ChipMandates && i < deal.ChipMandates.Count; i++)
            {
                facts.Add(new ChipMandateFact(scope, i, deal.ChipMandates[i]));
            }

            for (var i = 0; selection.CloudTerms && i < deal.CloudTerms.Count; i++)
            {
                facts.Add(new CloudTermsFact(scope, i, deal.CloudTerms[i]));
            }

            for (var i = 0; selection.Rights && i < deal.Rights.Count; i++)
            {
                facts.Add(new RightFact(scope, i, deal.Rights[i]));
            }

            if (selection.InvestorLinks)
            {
                AddInvestorLinks(
                    scope,
                    investments.GetRange(firstInvestment, investments.Count - firstInvestment),
                    commitments.GetRange(firstCommitment, commitments.Count - firstCommitment),
                    facts);
            }

            if (selection.Hires && format >= 2)
            {
                AddHires(scope, investments.GetRange(firstInvestment, investments.Count - firstInvestment), facts);
            }
        }

        if (!selection.PortfolioFacts)
        {
            return facts;
        }

        var parties = PortfolioParties(scopes);
        if (format >= 2)
        {
            CatalogTwoFacts.Add(facts, selection, investments, commitments, stakes, parties);
            return facts;
        }

        var disclosedCommitments = commitments.Where(c => c.Commitment.Amount is not null).ToList();
        if (selection.SpendBacks)
        {
            facts.AddRange(SpendBacks(investments, disclosedCommitments, parties));
        }

        if (selection.ProviderShares)
        {
            facts.AddRange(ProviderShares(disclosedCommitments, parties));
        }

        if (selection.ChipShares)
        {
            facts.AddRange(ChipShares(disclosedCommitments, parties));
        }

        if (selection.LabHoldings)
        {
            facts.AddRange(LabHoldings(investments, stakes, parties));
        }

        if (selection.MoneyFlowGraph)
        {
            facts.Add(new MoneyFlowGraph(MoneyFlows(investments, disclosedCommitments, parties)));
        }

        return facts;
    }

    /// <summary>One fact per hire, with the licences and investments from hirer to source in the same document.</summary>
    private static void AddHires(DealScope scope, List<InvestmentFact> investments, List<object> facts)
    {
        var deal = scope.Deal;
        for (var i = 0; i < deal.Hires.Count; i++)
        {
            var hire = deal.Hires[i];
            var licences = new List<RightFact>();
            for (var r = 0; r < deal.Rights.Count; r++)
            {
                var right = deal.Rights[r];
                if (right.Kind == RightKind.IpLicense && right.Holder == hire.Hirer && right.Grantor == hire.From)
                {
                    licences.Add(new RightFact(scope, r, right));
                }
            }

            facts.Add(new HireFact(scope, i, hire)
            {
                Licences = [.. licences],
                Investments = [.. investments.Where(x => x.Investment.Investor == hire.Hirer && x.Investment.Investee == hire.From)],
            });
        }
    }

    /// <summary>One link per distinct (investor, investee) pair of a document, in order of first appearance.</summary>
    private static void AddInvestorLinks(DealScope scope, List<InvestmentFact> investments, List<CommitmentFact> commitments, List<object> facts)
    {
        var pairs = new Dictionary<(string Investor, string Investee), List<InvestmentFact>>();
        var order = new List<(string Investor, string Investee)>();
        foreach (var investment in investments)
        {
            var key = (investment.Investment.Investor, investment.Investment.Investee);
            if (!pairs.TryGetValue(key, out var list))
            {
                pairs[key] = list = [];
                order.Add(key);
            }

            list.Add(investment);
        }

        foreach (var key in order)
        {
            var back = new List<CommitmentFact>();
            foreach (var commitment in commitments)
            {
                if (commitment.Commitment.Buyer == key.Investee && commitment.Commitment.Provider == key.Investor)
                {
                    back.Add(commitment);
                }
            }

            var link = new InvestorLink(scope, scope.Party(key.Investor), scope.Party(key.Investee), [.. pairs[key]], [.. back]);
            if (scope.Format >= 2)
            {
                var counted = back.Where(c => CatalogTwoFacts.Valued(c) is not null).ToArray();
                link = link with
                {
                    CommittedBackSum = CatalogTwoFacts.Total(counted.Select(c => CatalogTwoFacts.Valued(c)!)),
                    CountedCommitmentPointers = [.. counted.Select(c => c.Pointer)],
                };
            }

            facts.Add(link);
        }
    }

    /// <summary>A party's portfolio-wide record: as declared in the first document (by deal id) that declares it.</summary>
    internal static Dictionary<string, Party> PortfolioParties(IEnumerable<DealScope> scopes)
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

    private static List<SpendBack> SpendBacks(List<InvestmentFact> investments, List<CommitmentFact> disclosedCommitments, Dictionary<string, Party> parties)
    {
        var back = GroupBy(disclosedCommitments, c => (c.Commitment.Provider, c.Commitment.Buyer, c.Scope.Currency));
        var invested = GroupBy(investments.Where(i => i.Investment.Amount is not null), i => (i.Investment.Investor, i.Investment.Investee, i.Scope.Currency));
        var spendBacks = new List<SpendBack>();
        foreach (var (key, group) in Ordered(invested))
        {
            if (!back.TryGetValue(key, out var committed))
            {
                continue;
            }

            var investedSum = ExactMath.Sum(group.Select(i => i.Investment.Amount!.Value));
            var committedSum = ExactMath.Sum(committed.Select(c => c.Commitment.Amount!.Value));
            if (investedSum > 0 && committedSum > 0)
            {
                spendBacks.Add(new SpendBack(parties[key.Item1], parties[key.Item2], key.Item3, investedSum, committedSum)
                {
                    Facts = [.. Sorted(group.Select(i => i.Pointer)), .. Sorted(committed.Select(c => c.Pointer))],
                });
            }
        }

        return spendBacks;
    }

    private static List<ProviderShare> ProviderShares(List<CommitmentFact> disclosedCommitments, Dictionary<string, Party> parties)
    {
        var shares = new List<ProviderShare>();
        foreach (var (buyer, group) in ByBuyer(disclosedCommitments))
        {
            var total = ExactMath.Sum(group.Select(c => c.Commitment.Amount!.Value));
            if (total <= 0)
            {
                continue;
            }

            var byProvider = GroupBy(group, c => c.Commitment.Provider);
            var pointers = Sorted(group.Select(c => c.Pointer));
            foreach (var provider in byProvider.Keys.Order(StringComparer.Ordinal))
            {
                shares.Add(new ProviderShare(parties[buyer.Buyer], parties[provider], buyer.Currency,
                    ExactMath.Sum(byProvider[provider].Select(c => c.Commitment.Amount!.Value)), total, byProvider.Count)
                {
                    Facts = pointers,
                });
            }
        }

        return shares;
    }

    private static List<ChipShare> ChipShares(List<CommitmentFact> disclosedCommitments, Dictionary<string, Party> parties)
    {
        var shares = new List<ChipShare>();
        var controllers = new Dictionary<CommitmentFact, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var commitment in disclosedCommitments)
        {
            if (Controllers(commitment) is { Count: > 0 } found)
            {
                controllers[commitment] = found;
            }
        }

        foreach (var (buyer, group) in ByBuyer(controllers.Keys))
        {
            var total = ExactMath.Sum(group.Select(c => c.Commitment.Amount!.Value));
            if (total <= 0)
            {
                continue;
            }

            var providers = group.Select(c => c.Commitment.Provider).Distinct(StringComparer.Ordinal).Count();
            var byController = GroupBy(group.Where(c => controllers[c].Count == 1), c => controllers[c][0]);
            var pointers = Sorted(group.Select(c => c.Pointer));
            foreach (var controller in byController.Keys.Order(StringComparer.Ordinal))
            {
                shares.Add(new ChipShare(parties[buyer.Buyer], parties[controller], buyer.Currency,
                    ExactMath.Sum(byController[controller].Select(c => c.Commitment.Amount!.Value)), total, providers)
                {
                    Facts = pointers,
                });
            }
        }

        return shares;
    }

    /// <summary>The distinct parties controlling the chips a commitment's products name (in its own document).</summary>
    internal static List<string> Controllers(CommitmentFact commitment)
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

    /// <summary>Disclosed commitments grouped by buyer and currency, ordered by both.</summary>
    internal static IEnumerable<((string Buyer, string Currency) Key, List<CommitmentFact> Group)> ByBuyer(IEnumerable<CommitmentFact> commitments)
    {
        var groups = GroupBy(commitments, c => (c.Commitment.Buyer, c.Scope.Currency));
        return groups.Keys
            .Order(Comparer<(string Buyer, string Currency)>.Create(static (a, b) =>
                string.CompareOrdinal(a.Buyer, b.Buyer) is var order and not 0 ? order : string.CompareOrdinal(a.Currency, b.Currency)))
            .Select(key => (key, groups[key]));
    }

    internal static List<LabHolding> LabHoldings(List<InvestmentFact> investments, List<(DealScope Scope, int Index, Stake Stake)> stakes, Dictionary<string, Party> parties)
    {
        var holdings = new List<LabHolding>();
        foreach (var investment in investments)
        {
            if (investment.Investee.Kind == PartyKind.AiLab)
            {
                holdings.Add(new LabHolding(parties[investment.Investment.Investor], parties[investment.Investment.Investee], true) { Facts = [investment.Pointer] });
            }
        }

        foreach (var (scope, index, stake) in stakes)
        {
            if (scope.Party(stake.Investee).Kind == PartyKind.AiLab)
            {
                holdings.Add(new LabHolding(parties[stake.Investor], parties[stake.Investee], false) { Facts = [scope.Pointer($"/relatedStakes/{index}")] });
            }
        }

        return holdings;
    }

    private static List<MoneyFlow> MoneyFlows(List<InvestmentFact> investments, List<CommitmentFact> disclosedCommitments, Dictionary<string, Party> parties)
    {
        var flows = new Dictionary<(string From, string To, string Currency), (decimal Amount, List<string> Pointers)>();
        void Add(string from, string to, string currency, decimal amount, string pointer)
        {
            var key = (from, to, currency);
            if (flows.TryGetValue(key, out var flow))
            {
                flow.Pointers.Add(pointer);
                flows[key] = (ExactMath.Add(flow.Amount, amount), flow.Pointers);
            }
            else
            {
                flows[key] = (amount, [pointer]);
            }
        }

        foreach (var investment in investments)
        {
            if (investment.Investment.Amount is { } amount)
            {
                Add(investment.Investment.Investor, investment.Investment.Investee, investment.Scope.Currency, amount, investment.Pointer);
            }
        }

        foreach (var commitment in disclosedCommitments)
        {
            Add(commitment.Commitment.Buyer, commitment.Commitment.Provider, commitment.Scope.Currency, commitment.Commitment.Amount!.Value, commitment.Pointer);
        }

        return Ordered(flows)
            .Select(f => new MoneyFlow(parties[f.Key.Item1], parties[f.Key.Item2], f.Key.Item3, f.Value.Amount) { Facts = Sorted(f.Value.Pointers) })
            .ToList();
    }

    internal static Dictionary<TKey, List<T>> GroupBy<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
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

    /// <summary>Entries keyed by three strings, ordered ordinally by the first, then the second, then the third.</summary>
    internal static KeyValuePair<(string, string, string), TValue>[] Ordered<TValue>(Dictionary<(string, string, string), TValue> entries)
    {
        var ordered = entries.ToArray();
        Array.Sort(ordered, static (a, b) =>
            string.CompareOrdinal(a.Key.Item1, b.Key.Item1) is var first and not 0 ? first
            : string.CompareOrdinal(a.Key.Item2, b.Key.Item2) is var second and not 0 ? second
            : string.CompareOrdinal(a.Key.Item3, b.Key.Item3));
        return ordered;
    }

    internal static string[] Sorted(IEnumerable<string> pointers)
    {
        var distinct = new HashSet<string>(pointers, StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, FactPointerComparer.Instance);
        return distinct;
    }
}
