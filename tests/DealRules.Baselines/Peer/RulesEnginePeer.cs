using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Baselines.HandWritten;
using DealRules.Strategic;
using RulesEngine.Models;

namespace DealRules.Baselines.Peer;

/// <summary>
/// The document-scope rules of the catalog (13 of 18) written as Microsoft RulesEngine JSON workflows
/// (Peer/deal-workflows.json): what a team would build with that engine instead. RulesEngine evaluates
/// expressions over one input at a time, so the joins a Rete network makes (a mandate with its
/// investee's investors, a right with its holder's investments) are made here in C#, from the
/// hand-written catalog's own index of each document (never the engine's facts, so that the parity
/// test does not check the engine against itself), and each candidate is given to the workflow as flat
/// inputs.
/// </summary>
public sealed class RulesEnginePeer
{
    /// <summary>The rules the workflows cover.</summary>
    public static readonly IReadOnlySet<string> RuleIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "CHIP001", "CHIP002", "CLOUD001", "CLOUD002", "CLOUD003", "CIRC002", "CIRC004", "GOV001", "GOV002", "GOV004", "VAL001", "VAL002", "STRAT001",
    };

    /// <summary>The catalog's rules that the workflows cover, as a pack of their own: the engine on exactly the peer's rules.</summary>
    public static readonly RulePack SameRules = RulePack.Create(
        "DealRules.Strategic (document rules)",
        RulePack.FromAssemblyOf<StrategicRules>().RuleTypes!.Where(t => RuleIds.Contains(RuleInfo.Of(t).Id)),
        RulePack.FromAssemblyOf<StrategicRules>().Parameters);

    private readonly RulesEngine.RulesEngine engine;
    private readonly Thresholds thresholds;

    /// <summary>Loads the workflows and the thresholds in force.</summary>
    /// <param name="parameters">The parameter values, as the engine would use them.</param>
    public RulesEnginePeer(RuleParameters parameters)
    {
        using var stream = typeof(RulesEnginePeer).Assembly.GetManifestResourceStream("DealRules.Baselines.deal-workflows.json")!;
        using var reader = new StreamReader(stream);
        var workflows = System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(reader.ReadToEnd())!;
        engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(Thresholds)] });
        thresholds = new Thresholds(
            parameters["chip.highSharePercent"],
            parameters["cloud.minimumProviders"],
            parameters["valuation.speculativeMultiple"],
            parameters["strategic.anchorAmount"]);
    }

    /// <summary>What fired, as "RULEID severity deal first-party" lines (see <see cref="Line"/>), sorted.</summary>
    /// <param name="documents">The documents, of format 1.</param>
    public async Task<List<string>> Evaluate(IReadOnlyCollection<DealDocument> documents)
    {
        var results = new List<string>();
        foreach (var deal in HandWrittenCatalog.Index(documents).Deals)
        {
            var id = deal.Id;
            foreach (var mandate in deal.Deal.ChipMandates)
            {
                foreach (var investor in deal.InvestorsOf(mandate.Party))
                {
                    var input = new MandateInput(ChipFindings.InvestorChips(deal, mandate, investor).Length, mandate.Binding, mandate.MinimumSharePercent ?? -1,
                        ChipFindings.Workloads(mandate).Length == 2);
                    await Run("Mandate", "m", input, id, [investor, mandate.Party], results);
                }
            }

            foreach (var terms in deal.Deal.CloudTerms)
            {
                var input = new CloudInput(terms.ExclusiveCloud is not null, terms.FirstRefusalCloud is not null, deal.PermittedProviders(terms).Count, deal.HasExclusiveCloud(terms.Party));
                await Run("Cloud", "c", input, id, [terms.Party], results);
            }

            var ipo = deal.Deal.Ipo;
            foreach (var i in deal.Deal.Investments)
            {
                var target = ipo is { TargetValuation: { } value } && ipo.Party == i.Investee ? value : -1;
                var input = new InvestmentInput(i.Instrument.ToString(), i.Condition.ToString(), deal.CommitmentsBack(i.Investor, i.Investee).Count, i.PostMoneyValuation ?? 0, target);
                await Run("Investment", "i", input, id, [i.Investor, i.Investee], results);
            }

            foreach (var right in deal.Deal.Rights)
            {
                await Run("Right", "r", new RightInput(right.Kind.ToString(), deal.Invests(right.Holder, right.Grantor)), id, [right.Holder, right.Grantor], results);
            }

            await Run("Deal", "d", new DealInput(deal.Deal.Status.ToString()), id, [.. deal.Deal.Parties.Select(p => p.Id)], results);

            foreach (var (investor, investee) in deal.InvestmentPairs())
            {
                var committedBack = deal.DisclosedSum(deal.CommitmentsBack(investor, investee), out _);
                await Run("Link", "l", new LinkInput(committedBack), id, [investor, investee], results);
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>Runs a workflow on one candidate and turns "RULE" / "RULE.high" results into one line per rule with its severity.</summary>
    private async Task Run(string workflow, string name, object input, string dealId, string[] parties, List<string> results)
    {
        var fired = (await engine.ExecuteAllRulesAsync(workflow, new RuleParameter(name, input), new RuleParameter("p", thresholds)))
            .Where(r => r.IsSuccess)
            .Select(r => r.Rule.RuleName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var rule in fired.Where(r => !r.Contains('.', StringComparison.Ordinal)))
        {
            var severity = fired.Contains(rule + ".high") ? Severity.High : fired.Contains(rule + ".low") ? Severity.Low : DefaultSeverity(rule);
            results.Add(Line(rule, severity, dealId, parties[0]));
        }
    }

    /// <summary>How a finding is compared with the engine's: rule, severity, deal and the party it is first about.</summary>
    public static string Line(string ruleId, Severity severity, string dealId, string firstParty) => $"{ruleId} {severity} {dealId} {firstParty}";

    private static Severity DefaultSeverity(string rule) => RulePack.FromAssemblyOf<StrategicRules>().Rules.Single(r => r.Id == rule).DefaultSeverity;

    /// <summary>The thresholds the expressions read, as <c>p</c>.</summary>
    public sealed record Thresholds(decimal ChipHighSharePercent, decimal CloudMinimumProviders, decimal SpeculativeMultiple, decimal AnchorAmount);

    private sealed record MandateInput(int InvestorChips, bool Binding, decimal MinimumSharePercent, bool BothWorkloads);

    private sealed record CloudInput(bool HasExclusive, bool HasFirstRefusal, int ProviderCount, bool ExclusiveForParty);

    private sealed record InvestmentInput(string Instrument, string Condition, int CommitmentsBack, decimal PostMoney, decimal IpoTarget);

    private sealed record RightInput(string Kind, bool InvestorOfGrantor);

    private sealed record DealInput(string Status);

    private sealed record LinkInput(decimal CommittedBack);
}
