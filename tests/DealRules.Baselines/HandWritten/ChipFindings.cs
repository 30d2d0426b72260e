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

    /// <summary>CHIP003: per buyer, its disclosed commitments whose products name chips, summed per controller of those chips.</summary>
    public static void Concentration(IReadOnlyList<DealIndex> deals, RuleParameters parameters, List<Finding> findings)
    {
        var buyers = new Dictionary<string, BuyerChipSpend>(StringComparer.Ordinal);
        var controllers = new List<string>(2);
        foreach (var deal in deals)
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

                if (controllers.Count == 0)
                {
                    continue;
                }

                if (!buyers.TryGetValue(commitments[c].Buyer, out var spend))
                {
                    buyers[commitments[c].Buyer] = spend = new BuyerChipSpend();
                }

                spend.Add(commitments[c].Provider, controllers, amount, deal.Pointer("computeCommitments", c));
            }
        }

        var threshold = parameters["chip.concentrationPercent"];
        foreach (var (buyer, spend) in buyers)
        {
            if (spend.Providers.Count < 2 || spend.Total <= 0)
            {
                continue;
            }

            foreach (var (controller, amount) in spend.Controllers)
            {
                if (ExactRatio.AtLeast(amount, spend.Total, threshold, 100m))
                {
                    findings.Add(FindingShape.Of("CHIP003", Severity.Medium, buyer, controller)
                        .With("sharePercent", ExactRatio.Rounded(amount, spend.Total, 100m)).With("controllerAmount", amount)
                        .With("chipCommitments", spend.Total).With("providers", spend.Providers.Count)
                        .From(spend.Pointers).Build());
                }
            }
        }
    }

    private sealed class BuyerChipSpend
    {
        public decimal Total { get; private set; }

        public List<string> Providers { get; } = new(2);

        public List<string> Pointers { get; } = new(2);

        public List<(string Controller, decimal Amount)> Controllers { get; } = new(2);

        /// <summary>A chip-based commitment: it counts in the total, and for a controller only when all its chips are that one party's.</summary>
        public void Add(string provider, List<string> controllers, decimal amount, string pointer)
        {
            Total += amount;
            Pointers.Add(pointer);
            if (!Providers.Contains(provider))
            {
                Providers.Add(provider);
            }

            if (controllers.Count != 1)
            {
                return;
            }

            var at = Controllers.FindIndex(c => c.Controller == controllers[0]);
            if (at < 0)
            {
                Controllers.Add((controllers[0], amount));
            }
            else
            {
                Controllers[at] = (controllers[0], Controllers[at].Amount + amount);
            }
        }
    }
}
