using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Baselines.HandWritten;

/// <summary>GOV001, GOV002 and GOV004 (a document's rights) and GOV003 (stakes in competing AI labs, across the portfolio).</summary>
internal static class GovernanceFindings
{
    public static void Rights(DealIndex deal, List<Finding> findings)
    {
        var rights = deal.Deal.Rights;
        for (var r = 0; r < rights.Count; r++)
        {
            var right = rights[r];
            var pointer = deal.Pointer("rights", r);
            if (right.Kind == RightKind.RevenueShare)
            {
                findings.Add(FindingShape.Of("GOV004", Severity.Low, right.Holder, right.Grantor).With("percent", right.Percent).From(pointer).Build());
                continue;
            }

            var rule = right.Kind switch
            {
                RightKind.BoardSeat or RightKind.BoardObserver => "GOV001",
                RightKind.EarlyAccess or RightKind.ExclusiveFeatures or RightKind.Information => "GOV002",
                _ => null,
            };
            if (rule is null || !deal.Invests(right.Holder, right.Grantor))
            {
                continue;
            }

            var severity = right.Kind == RightKind.BoardSeat ? Severity.High : Severity.Medium;
            findings.Add(FindingShape.Of(rule, severity, right.Holder, right.Grantor).With("right", Name(right.Kind))
                .From(pointer).From(deal.InvestmentPointers(right.Holder, right.Grantor)).Build());
        }
    }

    /// <summary>GOV003: a holder that invests in an AI lab and holds a stake (invested or related) in another; high with inside rights from one of them.</summary>
    public static void CompetingLabs(PortfolioIndex portfolio, List<Finding> findings)
    {
        var holders = new List<(int Lab, bool ByInvestment, EntryAt Entry)>?[portfolio.PartyCount];
        var insideRights = new List<(int Grantor, RightKind Kind, EntryAt Entry)>?[portfolio.PartyCount];
        foreach (var deal in portfolio.Deals)
        {
            var investments = deal.Deal.Investments;
            for (var i = 0; i < investments.Count; i++)
            {
                if (deal.PartyOf(investments[i].Investee)?.Kind == PartyKind.AiLab)
                {
                    (holders[deal.NumberOf(investments[i].Investor)] ??= new(2)).Add((deal.NumberOf(investments[i].Investee), true, new EntryAt(deal, "investments", i)));
                }
            }

            var stakes = deal.Deal.RelatedStakes;
            for (var s = 0; s < stakes.Count; s++)
            {
                if (deal.PartyOf(stakes[s].Investee)?.Kind == PartyKind.AiLab)
                {
                    (holders[deal.NumberOf(stakes[s].Investor)] ??= new(2)).Add((deal.NumberOf(stakes[s].Investee), false, new EntryAt(deal, "relatedStakes", s)));
                }
            }

            var rights = deal.Deal.Rights;
            for (var r = 0; r < rights.Count; r++)
            {
                if (rights[r].Kind is RightKind.Information or RightKind.BoardSeat or RightKind.BoardObserver)
                {
                    (insideRights[deal.NumberOf(rights[r].Holder)] ??= new(1)).Add((deal.NumberOf(rights[r].Grantor), rights[r].Kind, new EntryAt(deal, "rights", r)));
                }
            }
        }

        for (var holder = 0; holder < holders.Length; holder++)
        {
            if (holders[holder] is not { } holdings || !InvestsInOneLabAndHoldsAnother(holdings))
            {
                continue;
            }

            var ids = portfolio.Ids;
            var labs = holdings.Select(h => h.Lab).Distinct().ToArray();
            var invested = labs.Where(l => holdings.Exists(h => h.ByInvestment && h.Lab == l)).Select(l => ids[l]).Order(StringComparer.Ordinal).ToArray();
            var others = labs.Where(l => !holdings.Exists(h => h.ByInvestment && h.Lab == l)).Select(l => ids[l]).Order(StringComparer.Ordinal).ToArray();
            var rights = (insideRights[holder] ?? []).Where(r => labs.Contains(r.Grantor))
                .Select(r => (r.Kind, r.Entry.Pointer)).OrderBy(r => r.Pointer, FactPointerOrder.Instance).ToArray();
            findings.Add(FindingShape.Of("GOV003", rights.Length > 0 ? Severity.High : Severity.Medium, [ids[holder], .. invested, .. others])
                .With("labs", [.. labs.Select(l => ids[l]).Order(StringComparer.Ordinal)]).With("insideRights", rights.Select(r => Name(r.Kind)).Distinct().ToArray())
                .From(holdings.Select(h => h.Entry.Pointer).Order(FactPointerOrder.Instance)).From(rights.Select(r => r.Pointer)).Build());
        }
    }

    private static bool InvestsInOneLabAndHoldsAnother(List<(int Lab, bool ByInvestment, EntryAt Entry)> holdings)
    {
        var invests = false;
        var twoLabs = false;
        foreach (var holding in holdings)
        {
            invests |= holding.ByInvestment;
            twoLabs |= holding.Lab != holdings[0].Lab;
        }

        return invests && twoLabs;
    }

    private static string Name(RightKind kind) => kind switch
    {
        RightKind.BoardSeat => "board-seat",
        RightKind.BoardObserver => "board-observer",
        RightKind.Consultation => "consultation",
        RightKind.Information => "information",
        RightKind.EarlyAccess => "early-access",
        RightKind.ExclusiveFeatures => "exclusive-features",
        RightKind.IpLicense => "ip-license",
        _ => "revenue-share",
    };
}
