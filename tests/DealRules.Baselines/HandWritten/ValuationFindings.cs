using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Baselines.HandWritten;

/// <summary>VAL001 (the multiple an expected listing puts on an investment's valuation) and VAL002 (unconfirmed terms), per document.</summary>
internal static class ValuationFindings
{
    public static void IpoMultiples(DealIndex deal, RuleParameters parameters, List<Finding> findings)
    {
        if (deal.Deal.Ipo is not { TargetValuation: { } target } ipo)
        {
            return;
        }

        var investments = deal.Deal.Investments;
        for (var i = 0; i < investments.Count; i++)
        {
            var investment = investments[i];
            if (investment.Investee != ipo.Party || investment.PostMoneyValuation is not { } postMoney || postMoney <= 0)
            {
                continue;
            }

            decimal? stakeValue = investment.StakePercent is { } percent ? ExactRatio.Rounded(target, 100m, percent)
                : investment.Amount is { } amount ? ExactRatio.Rounded(target, postMoney, amount)
                : null;
            var speculative = ExactRatio.AtLeast(target, postMoney, parameters["valuation.speculativeMultiple"]);
            findings.Add(FindingShape.Of("VAL001", speculative ? Severity.Low : Severity.Info, investment.Investor, investment.Investee)
                .With("multiple", ExactRatio.Rounded(target, postMoney)).With("targetValuation", target)
                .With("postMoneyValuation", postMoney).With("impliedStakeValue", stakeValue)
                .From(deal.Pointer("investments", i)).From(deal.Pointer("ipo")).Build());
        }
    }

    public static void Unconfirmed(DealIndex deal, List<Finding> findings)
    {
        if (deal.Deal.Status is not (DealStatus.Rumored or DealStatus.Reported))
        {
            return;
        }

        var parties = new string[deal.Deal.Parties.Count];
        for (var p = 0; p < parties.Length; p++)
        {
            parties[p] = deal.Deal.Parties[p].Id;
        }

        findings.Add(FindingShape.Of("VAL002", Severity.Info, parties)
            .With("status", deal.Deal.Status == DealStatus.Rumored ? "rumored" : "reported").From(deal.Pointer("status")).Build());
    }
}
