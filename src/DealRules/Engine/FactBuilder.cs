using System.Runtime.InteropServices;
using System.Collections.Immutable;
using DealRules.Facts;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// Turns the documents of a portfolio into the facts rules match: one per document entry and the links
/// and hires of each document here, then the computations across documents (<see cref="PortfolioFacts"/>),
/// made once so that no rule has to recompute them. Written as plain loops: this runs for every batch of
/// every evaluation.
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

            for (var i = firstInvestment; selection.Investments && i < investments.Count; i++)
            {
                facts.Add(investments[i]);
            }

            for (var i = firstCommitment; selection.Commitments && i < commitments.Count; i++)
            {
                facts.Add(commitments[i]);
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
                AddInvestorLinks(scope, CollectionsMarshal.AsSpan(investments)[firstInvestment..], CollectionsMarshal.AsSpan(commitments)[firstCommitment..], facts);
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

        PortfolioFacts.Add(facts, selection, MoneyReading.Of(format), investments, commitments, scopes, FactGrouping.PortfolioParties(scopes));
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
    private static void AddInvestorLinks(DealScope scope, ReadOnlySpan<InvestmentFact> investments, ReadOnlySpan<CommitmentFact> commitments, List<object> facts)
    {
        // Each pair's investments, made once as the link keeps them; pairs are found by a scan in the few
        // investments a document mostly has, by a dictionary past that.
        var firstOfPair = investments.Length > PairScanLimit ? new Dictionary<(string, string), int>() : null;
        for (var i = 0; i < investments.Length; i++)
        {
            var (investor, investee) = (investments[i].Investment.Investor, investments[i].Investment.Investee);
            if (firstOfPair is null ? SeenBefore(investments[..i], investor, investee) : !firstOfPair.TryAdd((investor, investee), i))
            {
                continue;
            }

            var pair = ImmutableArray.CreateBuilder<InvestmentFact>();
            for (var j = i; j < investments.Length; j++)
            {
                if (investments[j].Investment.Investor == investor && investments[j].Investment.Investee == investee)
                {
                    pair.Add(investments[j]);
                }
            }

            var back = ImmutableArray.CreateBuilder<CommitmentFact>(0);
            foreach (var commitment in commitments)
            {
                if (commitment.Commitment.Buyer == investee && commitment.Commitment.Provider == investor)
                {
                    back.Add(commitment);
                }
            }

            var backs = back.DrainToImmutable();
            var link = new InvestorLink(scope, scope.Party(investor), scope.Party(investee), pair.DrainToImmutable(), backs);
            if (scope.Format >= 2)
            {
                var counted = backs.Where(c => MoneyReading.FormatTwo.Valued(c) is not null).ToArray();
                link = link with
                {
                    CommittedBackSum = MoneyReading.Total(counted.Select(c => MoneyReading.FormatTwo.Valued(c)!)),
                    CountedCommitmentPointers = [.. counted.Select(c => c.Pointer)],
                };
            }

            facts.Add(link);
        }
    }

    /// <summary>Up to this many investments in a document, pairs are found by a scan.</summary>
    private const int PairScanLimit = 16;

    private static bool SeenBefore(ReadOnlySpan<InvestmentFact> earlier, string investor, string investee)
    {
        foreach (var investment in earlier)
        {
            if (investment.Investment.Investor == investor && investment.Investment.Investee == investee)
            {
                return true;
            }
        }

        return false;
    }
}
