using DealRules.Compilation;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// What isolating a rule pack costs: a worker's start, the catalog compiled from source in a worker
/// (cold) and taken from the disk cache, and the catalog on 1,000 generated deals in a worker against
/// the same pack in process, side by side.
/// </summary>
internal static class SandboxTable
{
    public static int Run()
    {
        Console.WriteLine($"DealRules sandbox table — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        var catalog = Path.Combine(QuickTable.Repository(), "rules", "DealRules.Strategic");
        var cache = Directory.CreateTempSubdirectory("dealrules-bench-cache-").FullName;
        try
        {
            var start = QuickTable.Median(5, () =>
            {
                using var worker = Compilation.Isolation.WorkerProcess.Start("bench", SandboxLimits.Default);
            });
            QuickTable.Add("worker start (process, runtime, confinement)", QuickTable.Ms(start), "median of 5");

            var cold = QuickTable.Median(3, () =>
            {
                using var pack = new RulePackLoader().Load(catalog).Pack!;
            });
            QuickTable.Add("catalog from source, first compile (worker start, Roslyn, analyzers, load)", QuickTable.Ms(cold), "median of 3, no cache");

            new RulePackLoader(cacheFolder: cache).Load(catalog).Pack!.Dispose();
            var cached = QuickTable.Median(5, () =>
            {
                using var pack = new RulePackLoader(cacheFolder: cache).Load(catalog).Pack!;
            });
            QuickTable.Add("catalog from source, cached load (read folder, hash, read cache)", QuickTable.Ms(cached), "median of 5; no worker yet");

            var firstEvaluation = QuickTable.Median(5, () =>
            {
                using var host = new RulePackHost(new RulePackLoader(cacheFolder: cache).Load(catalog).Pack!);
                host.Evaluate([SyntheticDeals.AsDocuments(new SyntheticDeals(7).Independent(1))[0]]);
            });
            QuickTable.Add("cached load and a first evaluation (worker start, image load, one deal)", QuickTable.Ms(firstEvaluation), "median of 5");

            var thousand = QuickTable.Documents(new SyntheticDeals(1).Independent(1_000));
            using var isolated = new RulePackHost(new RulePackLoader(cacheFolder: cache).Load(catalog).Pack!);
            var inProcess = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
            var rounds = QuickTable.SideBySide(
                9,
                ("in process", () => inProcess.Evaluate(thousand)),
                ("isolated", () => isolated.Evaluate(thousand)));
            QuickTable.Add("1,000 generated deals, catalog in process", QuickTable.Ms(rounds[0]), $"{QuickTable.PerSecond(1_000, rounds[0])} deals/s");
            QuickTable.Add("1,000 generated deals, catalog in a worker", QuickTable.Ms(rounds[1]),
                $"{QuickTable.PerSecond(1_000, rounds[1])} deals/s; ×{rounds.Speedup(0, 1):0.00} the in-process time (median of 9 side-by-side rounds)");

            // Where a worker's evaluation spends the time it adds: the documents crossing as the model's JSON.
            var written = thousand.Select(d => Documents.DealDocumentWriter.WriteModel(d.Deal)).ToArray();
            var crossing = QuickTable.SideBySide(
                9,
                ("write", () => _ = thousand.Select(d => Documents.DealDocumentWriter.WriteModel(d.Deal)).ToArray()),
                ("read back", () => _ = written.Select(Documents.DealDocumentWriter.ReadModel).ToArray()));
            QuickTable.Add("  of which: 1,000 documents written as the model's JSON (host)", QuickTable.Ms(crossing[0]), "median of 9");
            QuickTable.Add("  of which: 1,000 documents bound back (worker)", QuickTable.Ms(crossing[1]), "median of 9");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }

        QuickTable.Print();
        return 0;
    }
}
