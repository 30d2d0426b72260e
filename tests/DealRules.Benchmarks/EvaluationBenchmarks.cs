using BenchmarkDotNet.Attributes;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Baselines;
using DealRules.TestSupport;
using DealRules.Baselines.Peer;

namespace DealRules.Benchmarks;

/// <summary>Evaluation of 1,000 generated deals: independent and dense, one session versus groups of sessions.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private IReadOnlyList<DealDocument> independent = [];
    private IReadOnlyList<DealDocument> dense = [];
    private DealEvaluator grouped = null!;
    private DealEvaluator oneSession = null!;
    private DealEvaluator sameRules = null!;
    private RulesEnginePeer peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        independent = SyntheticDeals.AsDocuments(new SyntheticDeals(1).Independent(1_000));
        dense = SyntheticDeals.AsDocuments(new SyntheticDeals(2).Dense(1_000, 50));
        grouped = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        oneSession = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { SessionBatchSize = 0 };
        sameRules = new DealEvaluator(RulesEnginePeer.SameRules);
        peer = new RulesEnginePeer(RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null));
    }

    [Benchmark(Baseline = true)]
    public int IndependentOneSession() => oneSession.Evaluate(independent).Findings.Count;

    [Benchmark]
    public int IndependentGrouped() => grouped.Evaluate(independent).Findings.Count;

    [Benchmark]
    public int Dense() => grouped.Evaluate(dense).Findings.Count;

    [Benchmark]
    public int IndependentDocumentRules() => sameRules.Evaluate(independent).Findings.Count;

    [Benchmark]
    public int IndependentRulesEngine() => peer.Evaluate(independent).GetAwaiter().GetResult().Count;

    [Benchmark]
    public int IndependentHandWritten() => HandWrittenCatalog.Evaluate(independent, RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null)).Count;
}

/// <summary>Compiling the catalog into a session factory.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    [Benchmark]
    public DealEvaluator CompileCatalog() => new(RulePack.FromAssemblyOf<StrategicRules>());
}
