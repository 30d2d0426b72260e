using DealRules.Authoring;

namespace DealRules.Baselines.HandWritten;

/// <summary>STRAT001: in one document, an investee's disclosed commitments to its investor reach the anchor amount.</summary>
internal static class StrategicFindings
{
    public static void AnchorWorkloads(DealIndex deal, RuleParameters parameters, List<Finding> findings)
    {
        var anchor = parameters["strategic.anchorAmount"];
        foreach (var (investor, investee) in deal.InvestmentPairs())
        {
            var back = deal.CommitmentsBack(investor, investee);
            var committed = deal.DisclosedSum(back, out var disclosed);
            if (disclosed == 0 || committed < anchor)
            {
                continue;
            }

            var finding = FindingShape.Of("STRAT001", Severity.Info, investor, investee).With("committedSpend", committed)
                .From(deal.InvestmentPointers(investor, investee));
            foreach (var c in back)
            {
                if (deal.Deal.ComputeCommitments[c].Amount is not null)
                {
                    finding.From(deal.Pointer("computeCommitments", c));
                }
            }

            findings.Add(finding.Build());
        }
    }
}
