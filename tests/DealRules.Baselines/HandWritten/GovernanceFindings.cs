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
    public static void CompetingLabs(IReadOnlyList<DealIndex> deals, List<Finding> findings)
    {
        var holders = new Dictionary<string, List<(string Lab, bool ByInvestment, string Pointer)>>(StringComparer.Ordinal);
        var insideRights = new Dictionary<string, List<(string Grantor, RightKind Kind, string Pointer)>>(StringComparer.Ordinal);
        foreach (var deal in deals)
        {
            var investments = deal.Deal.Investments;
            for (var i = 0; i < investments.Count; i++)
            {
                if (deal.PartyOf(investments[i].Investee)?.Kind == PartyKind.AiLab)
                {
                    Holdings(holders, investments[i].Investor).Add((investments[i].Investee, true, deal.Pointer("investments", i)));
                }
            }

            var stakes = deal.Deal.RelatedStakes;
            for (var s = 0; s < stakes.Count; s++)
            {
                if (deal.PartyOf(stakes[s].Investee)?.Kind == PartyKind.AiLab)
                {
                    Holdings(holders, stakes[s].Investor).Add((stakes[s].Investee, false, deal.Pointer("relatedStakes", s)));
                }
            }

            var rights = deal.Deal.Rights;
            for (var r = 0; r < rights.Count; r++)
            {
                if (rights[r].Kind is RightKind.Information or RightKind.BoardSeat or RightKind.BoardObserver)
                {
                    if (!insideRights.TryGetValue(rights[r].Holder, out var held))
                    {
                        insideRights[rights[r].Holder] = held = new(1);
                    }

                    held.Add((rights[r].Grantor, rights[r].Kind, deal.Pointer("rights", r)));
                }
            }
        }

        foreach (var (holder, holdings) in holders)
        {
            var labs = holdings.Select(h => h.Lab).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (labs.Length < 2 || !holdings.Exists(h => h.ByInvestment))
            {
                continue;
            }

            var invested = labs.Where(l => holdings.Exists(h => h.ByInvestment && h.Lab == l)).ToArray();
            var others = labs.Where(l => !invested.Contains(l)).ToArray();
            var rights = insideRights.TryGetValue(holder, out var held)
                ? held.Where(r => labs.Contains(r.Grantor)).OrderBy(r => r.Pointer, FactPointerOrder.Instance).ToArray()
                : [];
            findings.Add(FindingShape.Of("GOV003", rights.Length > 0 ? Severity.High : Severity.Medium, [holder, .. invested, .. others])
                .With("labs", labs).With("insideRights", rights.Select(r => Name(r.Kind)).Distinct().ToArray())
                .From(holdings.Select(h => h.Pointer).Order(FactPointerOrder.Instance)).From(rights.Select(r => r.Pointer)).Build());
        }
    }

    private static List<(string, bool, string)> Holdings(Dictionary<string, List<(string, bool, string)>> holders, string holder)
    {
        if (!holders.TryGetValue(holder, out var holdings))
        {
            holders[holder] = holdings = new(2);
        }

        return holdings;
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
