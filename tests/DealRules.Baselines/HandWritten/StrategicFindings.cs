using DealRules.Authoring;

namespace DealRules.Baselines.HandWritten;

/// <summary>STRAT001: in one document, an investee's disclosed commitments to its investor reach the anchor amount.</summary>
internal static class StrategicFindings
{
    public static void AnchorWorkloads(DealIndex deal, RuleParameters parameters, List<Finding> findings)
    {
        var anchor = parameters["strategic.anchorAmount"];
        var investments = deal.Deal.Investments;
        var commitments = deal.Deal.ComputeCommitments;
        for (var i = 0; i < investments.Count; i++)
        {
            var (investor, investee) = (investments[i].Investor, investments[i].Investee);
            if (!FirstOfItsPair(deal, i))
            {
                continue;
            }

            var committed = 0m;
            var disclosed = false;
            foreach (var commitment in commitments)
            {
                if (commitment.Buyer == investee && commitment.Provider == investor && commitment.Amount is { } amount)
                {
                    committed += amount;
                    disclosed = true;
                }
            }

            if (!disclosed || committed < anchor)
            {
                continue;
            }

            var finding = FindingShape.Of("STRAT001", Severity.Info, investor, investee).With("committedSpend", committed)
                .From(deal.InvestmentPointers(investor, investee));
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Buyer == investee && commitments[c].Provider == investor && commitments[c].Amount is not null)
                {
                    finding.From(deal.Pointer("computeCommitments", c));
                }
            }

            findings.Add(finding.Build());
        }
    }

    private static bool FirstOfItsPair(DealIndex deal, int index)
    {
        var investments = deal.Deal.Investments;
        for (var i = 0; i < index; i++)
        {
            if (investments[i].Investor == investments[index].Investor && investments[i].Investee == investments[index].Investee)
            {
                return false;
            }
        }

        return true;
    }
}
