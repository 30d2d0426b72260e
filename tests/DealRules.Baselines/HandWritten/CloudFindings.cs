using DealRules.Authoring;

namespace DealRules.Baselines.HandWritten;

/// <summary>CLOUD001–003 (a document's cloud terms) and CLOUD004 (a buyer's spend concentrated on one provider, across the portfolio).</summary>
internal static class CloudFindings
{
    public static void Terms(DealIndex deal, RuleParameters parameters, List<Finding> findings)
    {
        var allTerms = deal.Deal.CloudTerms;
        for (var t = 0; t < allTerms.Count; t++)
        {
            var terms = allTerms[t];
            var pointer = deal.Pointer("cloudTerms", t);
            if (terms.ExclusiveCloud is { } exclusive)
            {
                var controller = deal.CloudController(exclusive);
                findings.Add(FindingShape.Of("CLOUD001", Severity.High, PartyAndController(terms.Party, controller))
                    .With("exclusiveCloud", exclusive).With("controller", controller).From(pointer).Build());
            }

            if (terms.FirstRefusalCloud is { } first)
            {
                var controller = deal.CloudController(first);
                findings.Add(FindingShape.Of("CLOUD002", Severity.Medium, PartyAndController(terms.Party, controller))
                    .With("firstRefusalCloud", first).With("controller", controller).From(pointer).Build());
            }

            if (terms.ExclusiveCloud is null && !deal.HasExclusiveCloud(terms.Party))
            {
                var providers = deal.PermittedProviders(terms);
                if (providers.Count >= parameters["cloud.minimumProviders"])
                {
                    findings.Add(FindingShape.Of("CLOUD003", Severity.Info, [terms.Party, .. providers])
                        .With("permittedClouds", [.. terms.PermittedClouds]).With("providers", [.. providers]).From(pointer).Build());
                }
            }
        }
    }

    private static string[] PartyAndController(string party, string? controller) =>
        controller is not null && controller != party ? [party, controller] : [party];

    /// <summary>CLOUD004: per buyer, its disclosed commitments summed per provider; a finding cites all of them.</summary>
    public static void Concentration(PortfolioIndex portfolio, RuleParameters parameters, List<Finding> findings)
    {
        var buyers = new BuyerSpend?[portfolio.PartyCount];
        foreach (var deal in portfolio.Deals)
        {
            var commitments = deal.Deal.ComputeCommitments;
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Amount is { } amount)
                {
                    var provider = deal.NumberOf(commitments[c].Provider);
                    var spend = BuyerSpend.Of(buyers, deal.NumberOf(commitments[c].Buyer));
                    spend.Add(provider, amount, new EntryAt(deal, "computeCommitments", c));
                    spend.AddShare(provider, amount);
                }
            }
        }

        var threshold = parameters["cloud.concentrationPercent"];
        for (var buyer = 0; buyer < buyers.Length; buyer++)
        {
            if (buyers[buyer] is not { Providers.Count: >= 2, Total: > 0 } spend)
            {
                continue;
            }

            foreach (var (provider, amount) in spend.Shares)
            {
                if (ExactRatio.AtLeast(amount, spend.Total, threshold, 100m))
                {
                    findings.Add(FindingShape.Of("CLOUD004", Severity.Low, portfolio.Ids[buyer], portfolio.Ids[provider])
                        .With("sharePercent", ExactRatio.Rounded(amount, spend.Total, 100m)).With("providerAmount", amount)
                        .With("totalCommitted", spend.Total).With("providers", spend.Providers.Count)
                        .From(spend.Pointers).Build());
                }
            }
        }
    }
}
