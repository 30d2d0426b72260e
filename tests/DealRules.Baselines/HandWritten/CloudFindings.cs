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

    /// <summary>CLOUD004: per buyer, its disclosed commitments summed per provider.</summary>
    public static void Concentration(IReadOnlyList<DealIndex> deals, RuleParameters parameters, List<Finding> findings)
    {
        var buyers = new Dictionary<string, (List<(string Provider, decimal Amount)> Providers, List<string> Pointers)>(StringComparer.Ordinal);
        foreach (var deal in deals)
        {
            var commitments = deal.Deal.ComputeCommitments;
            for (var c = 0; c < commitments.Count; c++)
            {
                if (commitments[c].Amount is not { } amount)
                {
                    continue;
                }

                if (!buyers.TryGetValue(commitments[c].Buyer, out var spend))
                {
                    buyers[commitments[c].Buyer] = spend = (new(2), new(2));
                }

                spend.Pointers.Add(deal.Pointer("computeCommitments", c));
                var provider = commitments[c].Provider;
                var at = spend.Providers.FindIndex(p => p.Provider == provider);
                if (at < 0)
                {
                    spend.Providers.Add((provider, amount));
                }
                else
                {
                    spend.Providers[at] = (provider, spend.Providers[at].Amount + amount);
                }
            }
        }

        var threshold = parameters["cloud.concentrationPercent"];
        foreach (var (buyer, (providers, pointers)) in buyers)
        {
            if (providers.Count < 2)
            {
                continue;
            }

            var total = 0m;
            foreach (var provider in providers)
            {
                total += provider.Amount;
            }

            foreach (var (provider, amount) in providers)
            {
                if (total > 0 && ExactRatio.AtLeast(amount, total, threshold, 100m))
                {
                    findings.Add(FindingShape.Of("CLOUD004", Severity.Low, buyer, provider)
                        .With("sharePercent", ExactRatio.Rounded(amount, total, 100m)).With("providerAmount", amount)
                        .With("totalCommitted", total).With("providers", providers.Count)
                        .From(pointers).Build());
                }
            }
        }
    }
}
