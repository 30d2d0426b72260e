using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Baselines.HandWritten;

/// <summary>CIRC001 (spend-back ratio, across the portfolio), CIRC002 and CIRC004 (an investment's instrument and condition, per document).</summary>
internal static class CircularFindings
{
    /// <summary>CIRC001: the investee's disclosed commitments to its investor over the investor's disclosed investments in it.</summary>
    public static void SpendBack(MoneyFlows flows, PortfolioIndex portfolio, RuleParameters parameters, List<Finding> findings)
    {
        var medium = parameters["circular.spendBackMedium"];
        var high = parameters["circular.spendBackHigh"];
        foreach (var invested in flows.Pairs.Values)
        {
            if (invested.Invested <= 0 || !flows.Pairs.TryGetValue(PortfolioIndex.Pair(invested.To, invested.From), out var back) || back.Committed <= 0
                || !ExactRatio.AtLeast(back.Committed, invested.Invested, medium))
            {
                continue;
            }

            var severity = ExactRatio.AtLeast(back.Committed, invested.Invested, high) ? Severity.High : Severity.Medium;
            findings.Add(FindingShape.Of("CIRC001", severity, portfolio.Ids[invested.From], portfolio.Ids[invested.To])
                .With("spendBackRatio", ExactRatio.Rounded(back.Committed, invested.Invested)).With("committedSpend", back.Committed).With("invested", invested.Invested)
                .From(invested.InvestmentPointers.Order(FactPointerOrder.Instance)).From(back.CommitmentPointers.Order(FactPointerOrder.Instance)).Build());
        }
    }

    public static void Investments(DealIndex deal, List<Finding> findings)
    {
        var investments = deal.Deal.Investments;
        for (var i = 0; i < investments.Count; i++)
        {
            var investment = investments[i];
            if (investment.Instrument is Instrument.Credits or Instrument.VendorWarrant)
            {
                var back = deal.CommitmentsBack(investment.Investor, investment.Investee);
                if (back.Count > 0)
                {
                    var committed = deal.DisclosedSum(back, out var disclosed);
                    var finding = FindingShape.Of("CIRC002", Severity.High, investment.Investor, investment.Investee)
                        .With("instrument", investment.Instrument == Instrument.Credits ? "credits" : "vendor-warrant")
                        .With("amount", investment.Amount)
                        .With("committedBack", disclosed > 0 ? committed : null)
                        .From(deal.Pointer("investments", i));
                    foreach (var c in back)
                    {
                        finding.From(deal.Pointer("computeCommitments", c));
                    }

                    findings.Add(finding.Build());
                }
            }

            if (investment.Condition == InvestmentCondition.Consumption)
            {
                findings.Add(FindingShape.Of("CIRC004", Severity.Medium, investment.Investor, investment.Investee)
                    .With("amount", investment.Amount).From(deal.Pointer("investments", i)).Build());
            }
        }
    }
}
