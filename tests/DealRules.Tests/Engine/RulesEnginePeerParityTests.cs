using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Baselines.Peer;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

/// <summary>Microsoft RulesEngine running the document-scope rules as JSON workflows must find what the engine finds.</summary>
public sealed class RulesEnginePeerParityTests
{
    [Fact]
    public async Task RulesEngine_workflows_and_the_engine_agree_on_the_document_rules_of_1000_generated_deals()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(43).Independent(1_000));
        var peer = new RulesEnginePeer(RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null));

        var fromPeer = await peer.Evaluate(documents);
        var fromEngine = Evaluation.Evaluator.Evaluate(documents).Findings
            .Where(f => RulesEnginePeer.RuleIds.Contains(f.RuleId))
            .Select(f => RulesEnginePeer.Line(f.RuleId, f.Severity, f.DealIds[0], f.Parties[0]))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(fromEngine, fromPeer);
        Assert.Equal(RulesEnginePeer.RuleIds.Count, fromEngine.Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).Distinct().Count());
    }
}
