using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Turns the documents of a portfolio into the facts rules match: one per document entry, plus the
/// shared computations (investor links, money flows and their aggregates) made once here so that no
/// rule has to recompute them.
/// </summary>
internal static class FactBuilder
{
    public static IReadOnlyList<object> Build(IEnumerable<DealDocument> documents)
    {
        var scopes = documents.Select(d => new DealScope(d.Deal)).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var facts = new List<object>();
        var investments = new List<InvestmentFact>();
        var commitments = new List<CommitmentFact>();
        var stakes = new List<(DealScope Scope, int Index, Stake Stake)>();

        foreach (var scope in scopes)
        {
            var deal = scope.Deal;
            var dealInvestments = deal.Investments.Select((x, i) => new InvestmentFact(scope, i, x)).ToArray();
            var dealCommitments = deal.ComputeCommitments.Select((x, i) => new CommitmentFact(scope, i, x)).ToArray();
            investments.AddRange(dealInvestments);
            commitments.AddRange(dealCommitments);
            stakes.AddRange(deal.RelatedStakes.Select((x, i) => (scope, i, x)));

            facts.Add(new DealFact(scope));
            facts.AddRange(dealInvestments);
            facts.AddRange(dealCommitments);
            facts.AddRange(deal.ChipMandates.Select((x, i) => new ChipMandateFact(scope, i, x)));
            facts.AddRange(deal.CloudTerms.Select((x, i) => new CloudTermsFact(scope, i, x)));
            facts.AddRange(deal.Rights.Select((x, i) => new RightFact(scope, i, x)));
            facts.AddRange(InvestorLinks(scope, dealInvestments, dealCommitments));
        }

        var parties = PortfolioParties(scopes);
        facts.AddRange(SpendBacks(investments, commitments, parties));
        facts.AddRange(ProviderShares(commitments, parties));
        facts.AddRange(ChipShares(commitments, parties));
        facts.AddRange(LabHoldings(investments, stakes, parties));
        facts.Add(new MoneyFlowGraph(MoneyFlows(investments, commitments, parties)));
        return facts;
    }

    private static IEnumerable<InvestorLink> InvestorLinks(DealScope scope, InvestmentFact[] investments, CommitmentFact[] commitments) =>
        investments
            .GroupBy(i => (i.Investment.Investor, i.Investment.Investee))
            .Select(g => new InvestorLink(
                scope,
                scope.Party(g.Key.Investor),
                scope.Party(g.Key.Investee),
                g.ToArray(),
                commitments.Where(c => c.Commitment.Buyer == g.Key.Investee && c.Commitment.Provider == g.Key.Investor).ToArray()));

    /// <summary>A party's portfolio-wide record: as declared in the first document (by deal id) that declares it.</summary>
    private static Dictionary<string, Party> PortfolioParties(IEnumerable<DealScope> scopes)
    {
        var parties = new Dictionary<string, Party>(StringComparer.Ordinal);
        foreach (var party in scopes.SelectMany(s => s.Deal.Parties))
        {
            parties.TryAdd(party.Id, party);
        }

        return parties;
    }

    private static IEnumerable<SpendBack> SpendBacks(List<InvestmentFact> investments, List<CommitmentFact> commitments, Dictionary<string, Party> parties)
    {
        var back = commitments
            .Where(c => c.Commitment.Amount is not null)
            .ToLookup(c => (c.Commitment.Provider, c.Commitment.Buyer, c.Scope.Currency));
        return investments
            .Where(i => i.Investment.Amount is not null)
            .GroupBy(i => (i.Investment.Investor, i.Investment.Investee, i.Scope.Currency))
            .OrderBy(g => g.Key.Investor, StringComparer.Ordinal).ThenBy(g => g.Key.Investee, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => (Invested: g.ToArray(), Committed: back[g.Key].ToArray(), g.Key))
            .Where(x => x.Invested.Sum(i => i.Investment.Amount!.Value) > 0 && x.Committed.Sum(c => c.Commitment.Amount!.Value) > 0)
            .Select(x => new SpendBack(
                parties[x.Key.Investor],
                parties[x.Key.Investee],
                x.Key.Currency,
                x.Invested.Sum(i => i.Investment.Amount!.Value),
                x.Committed.Sum(c => c.Commitment.Amount!.Value))
            {
                Facts = [.. Sorted(x.Invested.Select(i => i.Pointer)), .. Sorted(x.Committed.Select(c => c.Pointer))],
            });
    }

    private static IEnumerable<ProviderShare> ProviderShares(List<CommitmentFact> commitments, Dictionary<string, Party> parties)
    {
        foreach (var buyer in DisclosedByBuyer(commitments))
        {
            var total = buyer.Sum(c => c.Commitment.Amount!.Value);
            var byProvider = buyer.GroupBy(c => c.Commitment.Provider).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            if (total <= 0)
            {
                continue;
            }

            foreach (var provider in byProvider)
            {
                yield return new ProviderShare(parties[buyer.Key.Buyer], parties[provider.Key], buyer.Key.Currency,
                    provider.Sum(c => c.Commitment.Amount!.Value), total, byProvider.Length)
                {
                    Facts = Sorted(buyer.Select(c => c.Pointer)),
                };
            }
        }
    }

    private static IEnumerable<ChipShare> ChipShares(List<CommitmentFact> commitments, Dictionary<string, Party> parties)
    {
        var chipCommitments = commitments.Where(c => Controllers(c).Count > 0).ToArray();
        foreach (var buyer in DisclosedByBuyer(chipCommitments))
        {
            var total = buyer.Sum(c => c.Commitment.Amount!.Value);
            var providers = buyer.Select(c => c.Commitment.Provider).Distinct().Count();
            if (total <= 0)
            {
                continue;
            }

            var byController = buyer
                .Select(c => (Commitment: c, Controllers: Controllers(c)))
                .Where(x => x.Controllers.Count == 1)
                .GroupBy(x => x.Controllers[0])
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var controller in byController)
            {
                yield return new ChipShare(parties[buyer.Key.Buyer], parties[controller.Key], buyer.Key.Currency,
                    controller.Sum(x => x.Commitment.Commitment.Amount!.Value), total, providers)
                {
                    Facts = Sorted(buyer.Select(c => c.Pointer)),
                };
            }
        }
    }

    /// <summary>The distinct parties controlling the chips a commitment's products name (in its own document).</summary>
    private static List<string> Controllers(CommitmentFact commitment) =>
        commitment.Commitment.Products.Select(commitment.Scope.ChipController).OfType<Party>().Select(p => p.Id).Distinct().ToList();

    private static IEnumerable<IGrouping<(string Buyer, string Currency), CommitmentFact>> DisclosedByBuyer(IEnumerable<CommitmentFact> commitments) =>
        commitments
            .Where(c => c.Commitment.Amount is not null)
            .GroupBy(c => (c.Commitment.Buyer, c.Scope.Currency))
            .OrderBy(g => g.Key.Buyer, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal);

    private static IEnumerable<LabHolding> LabHoldings(List<InvestmentFact> investments, List<(DealScope Scope, int Index, Stake Stake)> stakes, Dictionary<string, Party> parties)
    {
        var byInvestment = investments
            .Where(i => i.Investee.Kind == PartyKind.AiLab)
            .Select(i => new LabHolding(parties[i.Investment.Investor], parties[i.Investment.Investee], true) { Facts = [i.Pointer] });
        var byStake = stakes
            .Where(s => s.Scope.Party(s.Stake.Investee).Kind == PartyKind.AiLab)
            .Select(s => new LabHolding(parties[s.Stake.Investor], parties[s.Stake.Investee], false) { Facts = [s.Scope.Pointer($"/relatedStakes/{s.Index}")] });
        return byInvestment.Concat(byStake);
    }

    private static List<MoneyFlow> MoneyFlows(List<InvestmentFact> investments, List<CommitmentFact> commitments, Dictionary<string, Party> parties)
    {
        var flows = investments
            .Where(i => i.Investment.Amount is not null)
            .Select(i => (From: i.Investment.Investor, To: i.Investment.Investee, i.Scope.Currency, Amount: i.Investment.Amount!.Value, i.Pointer))
            .Concat(commitments
                .Where(c => c.Commitment.Amount is not null)
                .Select(c => (From: c.Commitment.Buyer, To: c.Commitment.Provider, c.Scope.Currency, Amount: c.Commitment.Amount!.Value, c.Pointer)));
        return flows
            .GroupBy(f => (f.From, f.To, f.Currency))
            .OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new MoneyFlow(parties[g.Key.From], parties[g.Key.To], g.Key.Currency, g.Sum(f => f.Amount)) { Facts = Sorted(g.Select(f => f.Pointer)) })
            .ToList();
    }

    private static string[] Sorted(IEnumerable<string> pointers) =>
        pointers.Distinct(StringComparer.Ordinal).Order(FactPointerComparer.Instance).ToArray();
}
