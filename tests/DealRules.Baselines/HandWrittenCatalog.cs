using DealRules.Engine;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Facts;
using DealRules.Model;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Baselines;

/// <summary>
/// The 18 rules of the strategic catalog as plain C# over the same facts, with hashed lookups and no
/// rule engine: the practical limit for the engine's speed, and an independent second implementation
/// whose findings must match the engine's (messages aside, which only the engine's rules word).
/// </summary>
public static class HandWrittenCatalog
{
    private static readonly Dictionary<string, RuleInfo> Rules = RulePack.FromAssemblyOf<StrategicRules>().Rules.ToDictionary(r => r.Id);

    /// <summary>The findings of the catalog on a portfolio, in report order.</summary>
    /// <param name="documents">The portfolio.</param>
    /// <param name="parameters">The parameter values in force.</param>
    public static List<Finding> Evaluate(IReadOnlyCollection<DealDocument> documents, RuleParameters parameters)
    {
        var facts = FactBuilder.Build(documents);
        var findings = new List<Finding>();
        var links = facts.OfType<InvestorLink>().ToArray();
        var linksByScopeAndInvestee = links.ToLookup(l => (l.Scope, l.Investee.Id));
        var linksByPair = links.ToDictionary(l => (l.Scope, l.Investor.Id, l.Investee.Id));

        foreach (var mandate in facts.OfType<ChipMandateFact>())
        {
            foreach (var link in linksByScopeAndInvestee[(mandate.Scope, mandate.Mandate.Party)])
            {
                var chips = mandate.ChipsControlledBy(link.Investor.Id);
                if (chips.Count == 0)
                {
                    continue;
                }

                var high = mandate.Mandate.Binding && (mandate.Mandate.MinimumSharePercent >= parameters["chip.highSharePercent"] || mandate.CoversTrainingAndInference);
                var workloads = mandate.Mandate.Workloads.Distinct().Order().Select(w => w == Workload.Training ? "training" : "inference").ToArray();
                var pointers = new[] { mandate.Pointer }.Concat(link.InvestmentPointers);
                findings.Add(Make("CHIP001", high ? Severity.High : Severity.Medium, [link.Investor.Id, link.Investee.Id], pointers,
                    ("chips", chips), ("workloads", workloads), ("binding", mandate.Mandate.Binding), ("minimumSharePercent", mandate.Mandate.MinimumSharePercent)));
                findings.Add(Make("CHIP002", Severity.Info, [link.Investor.Id, link.Investee.Id], pointers,
                    ("chips", chips), ("workloads", workloads), ("binding", mandate.Mandate.Binding)));
            }
        }

        foreach (var share in facts.OfType<ChipShare>().Where(s => s.ProviderCount >= 2 && s.SharePercent >= parameters["chip.concentrationPercent"]))
        {
            findings.Add(Make("CHIP003", Severity.Medium, [share.Buyer.Id, share.Controller.Id], share.Facts,
                ("sharePercent", share.SharePercent), ("controllerAmount", share.Amount), ("chipCommitments", share.ChipTotal), ("providers", (decimal)share.ProviderCount)));
        }

        var terms = facts.OfType<CloudTermsFact>().ToArray();
        var exclusive = terms.Where(t => t.Terms.ExclusiveCloud is not null).Select(t => (t.Scope, t.Terms.Party)).ToHashSet();
        foreach (var term in terms)
        {
            if (term.Terms.ExclusiveCloud is { } cloud)
            {
                findings.Add(Make("CLOUD001", Severity.High, PartyAndController(term, cloud), [term.Pointer], ("exclusiveCloud", cloud), ("controller", term.Scope.CloudController(cloud)?.Id)));
            }

            if (term.Terms.FirstRefusalCloud is { } first)
            {
                findings.Add(Make("CLOUD002", Severity.Medium, PartyAndController(term, first), [term.Pointer], ("firstRefusalCloud", first), ("controller", term.Scope.CloudController(first)?.Id)));
            }

            var providers = term.PermittedProviders;
            if (term.Terms.ExclusiveCloud is null && !exclusive.Contains((term.Scope, term.Terms.Party)) && providers.Count >= parameters["cloud.minimumProviders"])
            {
                findings.Add(Make("CLOUD003", Severity.Info, [term.Party.Id, .. providers.Select(p => p.Id)], [term.Pointer],
                    ("permittedClouds", term.Terms.PermittedClouds), ("providers", providers.Select(p => p.Id).ToArray())));
            }
        }

        foreach (var share in facts.OfType<ProviderShare>().Where(s => s.ProviderCount >= 2 && s.SharePercent >= parameters["cloud.concentrationPercent"]))
        {
            findings.Add(Make("CLOUD004", Severity.Low, [share.Buyer.Id, share.Provider.Id], share.Facts,
                ("sharePercent", share.SharePercent), ("providerAmount", share.Amount), ("totalCommitted", share.BuyerTotal), ("providers", (decimal)share.ProviderCount)));
        }

        foreach (var flow in facts.OfType<SpendBack>().Where(f => f.Ratio >= parameters["circular.spendBackMedium"]))
        {
            findings.Add(Make("CIRC001", flow.Ratio >= parameters["circular.spendBackHigh"] ? Severity.High : Severity.Medium, [flow.Investor.Id, flow.Investee.Id], flow.Facts,
                ("spendBackRatio", flow.Ratio), ("committedSpend", flow.CommittedSpend), ("invested", flow.Invested)));
        }

        foreach (var investment in facts.OfType<InvestmentFact>())
        {
            var terms2 = investment.Investment;
            if (terms2.Instrument is Instrument.Credits or Instrument.VendorWarrant
                && linksByPair.TryGetValue((investment.Scope, terms2.Investor, terms2.Investee), out var link) && link.CommitmentsBack.Count > 0)
            {
                findings.Add(Make("CIRC002", Severity.High, [terms2.Investor, terms2.Investee], new[] { investment.Pointer }.Concat(link.CommitmentsBack.Select(c => c.Pointer)),
                    ("instrument", terms2.Instrument == Instrument.Credits ? "credits" : "vendor-warrant"), ("amount", terms2.Amount),
                    ("committedBack", link.CommitmentsBack.Any(c => c.Commitment.Amount != null) ? link.DisclosedCommittedBack : null)));
            }

            if (terms2.Condition == InvestmentCondition.Consumption)
            {
                findings.Add(Make("CIRC004", Severity.Medium, [terms2.Investor, terms2.Investee], [investment.Pointer], ("amount", terms2.Amount)));
            }

            var ipo = investment.Scope.Deal.Ipo;
            if (terms2.PostMoneyValuation > 0 && ipo is { TargetValuation: { } target } && ipo.Party == terms2.Investee)
            {
                var multiple = ExactMath.Quotient(target, terms2.PostMoneyValuation.Value);
                decimal? stake = terms2.StakePercent is { } percent ? ExactMath.ScaledBy(target, percent, 100) : terms2.Amount is { } amount ? ExactMath.ScaledBy(target, amount, terms2.PostMoneyValuation.Value) : null;
                findings.Add(Make("VAL001", multiple >= parameters["valuation.speculativeMultiple"] ? Severity.Low : Severity.Info, [terms2.Investor, terms2.Investee],
                    [investment.Pointer, investment.Scope.Pointer("/ipo")],
                    ("multiple", multiple), ("targetValuation", target), ("postMoneyValuation", terms2.PostMoneyValuation), ("impliedStakeValue", stake)));
            }
        }

        foreach (var loop in facts.OfType<MoneyFlowGraph>().Single().LoopsOfAtLeast(parameters["circular.cycleMinimumAmount"]))
        {
            findings.Add(Make("CIRC003", Severity.High, loop.Parties.Select(p => p.Id).ToArray(), loop.Facts,
                ("group", loop.Group), ("loopLength", (decimal)loop.Parties.Count), ("smallestStep", loop.SmallestStep)));
        }

        foreach (var right in facts.OfType<RightFact>())
        {
            var kind = right.Right.Kind;
            var invested = linksByPair.TryGetValue((right.Scope, right.Right.Holder, right.Right.Grantor), out var link);
            if (invested && kind is RightKind.BoardSeat or RightKind.BoardObserver)
            {
                findings.Add(Make("GOV001", kind == RightKind.BoardSeat ? Severity.High : Severity.Medium, [right.Right.Holder, right.Right.Grantor],
                    new[] { right.Pointer }.Concat(link!.InvestmentPointers), ("right", Kebab(kind))));
            }

            if (invested && kind is RightKind.EarlyAccess or RightKind.ExclusiveFeatures or RightKind.Information)
            {
                findings.Add(Make("GOV002", Severity.Medium, [right.Right.Holder, right.Right.Grantor], new[] { right.Pointer }.Concat(link!.InvestmentPointers), ("right", Kebab(kind))));
            }

            if (kind == RightKind.RevenueShare)
            {
                findings.Add(Make("GOV004", Severity.Low, [right.Right.Holder, right.Right.Grantor], [right.Pointer], ("percent", right.Right.Percent)));
            }
        }

        var rightsByHolder = facts.OfType<RightFact>()
            .Where(r => r.Right.Kind is RightKind.Information or RightKind.BoardSeat or RightKind.BoardObserver)
            .ToLookup(r => r.Right.Holder);
        foreach (var holdings in facts.OfType<LabHolding>().GroupBy(h => h.Holder.Id))
        {
            var labs = holdings.Select(h => h.Lab).DistinctBy(l => l.Id).OrderBy(l => l.Id, StringComparer.Ordinal).ToArray();
            if (!holdings.Any(h => h.ByInvestment) || labs.Length < 2)
            {
                continue;
            }

            var invested = holdings.Where(h => h.ByInvestment).Select(h => h.Lab.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
            var others = labs.Select(l => l.Id).Except(invested).ToArray();
            var rights = rightsByHolder[holdings.Key].Where(r => labs.Any(l => l.Id == r.Right.Grantor)).OrderBy(r => r.Pointer, FactPointerComparer.Instance).ToArray();
            findings.Add(Make("GOV003", rights.Length > 0 ? Severity.High : Severity.Medium, [holdings.Key, .. invested, .. others],
                holdings.SelectMany(h => h.Facts).Order(FactPointerComparer.Instance).Concat(rights.Select(r => r.Pointer)),
                ("labs", labs.Select(l => l.Id).ToArray()), ("insideRights", rights.Select(r => Kebab(r.Right.Kind)).Distinct().ToArray())));
        }

        foreach (var deal in facts.OfType<DealFact>().Where(d => d.Deal.Status is DealStatus.Rumored or DealStatus.Reported))
        {
            findings.Add(Make("VAL002", Severity.Info, deal.Deal.Parties.Select(p => p.Id).ToArray(), [deal.StatusPointer],
                ("status", deal.Deal.Status == DealStatus.Rumored ? "rumored" : "reported")));
        }

        foreach (var link in links.Where(l => l.DisclosedCommittedBack >= parameters["strategic.anchorAmount"]))
        {
            findings.Add(Make("STRAT001", Severity.Info, [link.Investor.Id, link.Investee.Id], link.InvestmentPointers.Concat(link.DisclosedCommitmentPointers),
                ("committedSpend", link.DisclosedCommittedBack)));
        }

        findings.Sort(FindingOrder.Instance);
        return findings;
    }

    private static string[] PartyAndController(CloudTermsFact terms, string cloud) =>
        terms.Scope.CloudController(cloud) is { } controller && controller.Id != terms.Party.Id ? [terms.Party.Id, controller.Id] : [terms.Party.Id];

    private static string Kebab(RightKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static Finding Make(string id, Severity severity, IReadOnlyList<string> parties, IEnumerable<string> pointers, params (string Name, object? Value)[] evidence)
    {
        var rule = Rules[id];
        var finding = new Finding
        {
            RuleId = id,
            Title = rule.Title,
            Category = rule.Category,
            Perspective = rule.Perspective,
            Severity = severity,
            Message = "",
        }.About([.. parties]).From(pointers);
        foreach (var (name, value) in evidence)
        {
            finding = value switch
            {
                decimal number => finding.With(name, number),
                bool flag => finding.With(name, flag),
                string text => finding.With(name, text),
                IEnumerable<string> texts => finding.With(name, texts),
                _ => finding,
            };
        }

        return finding;
    }
}
