using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Baselines.HandWritten;

/// <summary>CHIP001 and CHIP002 (a mandate naming an investor's chips, per document) and CHIP003 (chip spend concentrated on one vendor, across the portfolio).</summary>
internal static class ChipFindings
{
    public static void MandatesOnInvestees(DealIndex deal, RuleParameters parameters, List<Finding> findings)
    {
        var mandates = deal.Deal.ChipMandates;
        for (var m = 0; m < mandates.Count; m++)
        {
            var mandate = mandates[m];
            foreach (var investor in deal.InvestorsOf(mandate.Party))
            {
                var chips = InvestorChips(deal, mandate, investor);
                if (chips.Length == 0)
                {
                    continue;
                }

                var workloads = Workloads(mandate);
                var high = mandate.Binding && (mandate.MinimumSharePercent >= parameters["chip.highSharePercent"] || workloads.Length == 2);
                var pointer = deal.Pointer("chipMandates", m);
                var investments = deal.InvestmentPointers(investor, mandate.Party).ToArray();
                findings.Add(FindingShape.Of("CHIP001", high ? Severity.High : Severity.Medium, investor, mandate.Party)
                    .With("chips", chips).With("workloads", workloads).With("binding", mandate.Binding).With("minimumSharePercent", mandate.MinimumSharePercent)
                    .From(pointer).From(investments).Build());
                findings.Add(FindingShape.Of("CHIP002", Severity.Info, investor, mandate.Party)
                    .With("chips", chips).With("workloads", workloads).With("binding", mandate.Binding)
                    .From(pointer).From(investments).Build());
            }
        }
    }

    /// <summary>The mandate's chip families that the investor controls, in the mandate's order.</summary>
    public static string[] InvestorChips(DealIndex deal, ChipMandate mandate, string investor)
    {
        var chips = new List<string>(mandate.Chips.Count);
        foreach (var chip in mandate.Chips)
        {
            if (deal.ChipController(chip) == investor && !chips.Contains(chip))
            {
                chips.Add(chip);
            }
        }

        return [.. chips];
    }

    public static string[] Workloads(ChipMandate mandate)
    {
        bool training = false, inference = false;
        foreach (var workload in mandate.Workloads)
        {
            training |= workload == Workload.Training;
            inference |= workload == Workload.Inference;
        }

        return training && inference ? ["training", "inference"] : training ? ["training"] : inference ? ["inference"] : [];
    }

    /// <summary>CHIP003: per buyer, its disclosed commitments whose products name chips; one counts for a controller when all its chips are that party's.</summary>
    public static void Concentration(PortfolioIndex portfolio, RuleParameters parameters, List<Finding> findings)
    {
        var buyers = new BuyerSpend?[portfolio.PartyCount];
        var controllers = new List<string>(2);
        foreach (var deal in portfolio.Deals)
        {
            var commitments = deal.Deal.ComputeCommitments;
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Amount is not { } amount)
                {
                    continue;
                }

                controllers.Clear();
                foreach (var product in commitments[c].Products)
                {
                    if (deal.ChipController(product) is { } controller && !controllers.Contains(controller))
                    {
                        controllers.Add(controller);
                    }
                }

                if (controllers.Count > 0)
                {
                    var spend = BuyerSpend.Of(buyers, deal.NumberOf(commitments[c].Buyer));
                    spend.Add(deal.NumberOf(commitments[c].Provider), amount, new EntryAt(deal, "computeCommitments", c));
                    if (controllers.Count == 1)
                    {
                        spend.AddShare(deal.NumberOf(controllers[0]), amount);
                    }
                }
            }
        }

        var threshold = parameters["chip.concentrationPercent"];
        for (var buyer = 0; buyer < buyers.Length; buyer++)
        {
            if (buyers[buyer] is not { Providers.Count: >= 2, Total: > 0 } spend)
            {
                continue;
            }

            foreach (var (controller, amount) in spend.Shares)
            {
                if (ExactRatio.AtLeast(amount, spend.Total, threshold, 100m))
                {
                    findings.Add(FindingShape.Of("CHIP003", Severity.Medium, portfolio.Ids[buyer], portfolio.Ids[controller])
                        .With("sharePercent", ExactRatio.Rounded(amount, spend.Total, 100m)).With("controllerAmount", amount)
                        .With("chipCommitments", spend.Total).With("providers", spend.Providers.Count)
                        .From(spend.Pointers).Build());
                }
            }
        }
    }
}
