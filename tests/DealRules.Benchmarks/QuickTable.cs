using System.Diagnostics;
using System.Globalization;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Testing;

namespace DealRules.Benchmarks;

/// <summary>
/// Every figure of the performance issue in one table, in a few minutes on a 2-core machine: each
/// figure is the median of several runs, and every comparison is measured side by side in this one
/// process. Wall-clock figures on a shared machine move by ±10–20%; read ratios, not digits.
/// </summary>
internal static class QuickTable
{
    private static readonly List<(string Figure, string Value, string Note)> Rows = [];

    public static int Run(string[] args)
    {
        var scale = args.Contains("--small") ? 10 : 1;
        Console.WriteLine($"DealRules quick performance table — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");

        var compile = Median(5, () => _ = new DealEvaluator(StrategicRules.Pack));
        Add("session-factory compile of the catalog", Ms(compile), "median of 5");

        var grouped = new DealEvaluator(StrategicRules.Pack);
        var oneSession = new DealEvaluator(StrategicRules.Pack) { SessionBatchSize = 0 };

        var thousand = Documents(new SyntheticDeals(1).Independent(1_000));
        Warm(grouped, thousand);
        Warm(oneSession, thousand);
        var groupedTime = Median(9, () => grouped.Evaluate(thousand));
        var oneSessionTime = Median(9, () => oneSession.Evaluate(thousand));
        Add("1,000 independent deals, one session (before)", Ms(oneSessionTime), $"{PerSecond(1_000, oneSessionTime)} deals/s");
        Add("1,000 independent deals, groups of 16 (after)", Ms(groupedTime), $"{PerSecond(1_000, groupedTime)} deals/s, {Ratio(oneSessionTime, groupedTime)} faster");

        var parameters = StrategicRules.Pack.ParametersFor(null);
        for (var i = 0; i < 3; i++)
        {
            HandWrittenCatalog.Evaluate(thousand, parameters);
        }

        var baseline = Median(9, () => HandWrittenCatalog.Evaluate(thousand, parameters));
        Add("1,000 independent deals, hand-written baseline", Ms(baseline), $"{PerSecond(1_000, baseline)} deals/s; engine reaches {baseline / groupedTime:P0} of it");

        var peer = new DealRules.Testing.Peer.RulesEnginePeer(parameters);
        for (var i = 0; i < 3; i++)
        {
            peer.Evaluate(thousand).GetAwaiter().GetResult();
        }

        var peerTime = Median(5, () => peer.Evaluate(thousand).GetAwaiter().GetResult());
        Add("1,000 independent deals, Microsoft RulesEngine (13 document rules)", Ms(peerTime),
            $"{PerSecond(1_000, peerTime)} deals/s; the engine (all 18 rules) is {peerTime / groupedTime:0.0}× as fast");

        Parallel.ForEach(thousand.Chunk(125), chunk => grouped.Evaluate(chunk));
        var parallel = Median(9, () => Parallel.ForEach(thousand.Chunk(125), chunk => grouped.Evaluate(chunk)));
        Add($"1,000 independent deals, {Environment.ProcessorCount} cores", Ms(parallel), $"{PerSecond(1_000, parallel)} deals/s, {Ratio(groupedTime, parallel)} the single-threaded rate");

        var allocated = AllocatedPerDeal(grouped, thousand);
        Add("bytes allocated per deal (independent)", allocated.ToString("N0", CultureInfo.InvariantCulture), "single-threaded, 1,000 deals");

        TimeSpan? previous = null;
        foreach (var count in new[] { 250, 500, 1_000 })
        {
            var dense = Documents(new SyntheticDeals(2).Dense(count, 50));
            Warm(grouped, dense);
            var time = Median(5, () => grouped.Evaluate(dense));
            Add($"dense portfolio, {count:N0} deals among 50 parties", Ms(time), previous is { } p ? $"×{time / p:0.00} for ×2 deals" : "");
            previous = time;
        }

        previous = null;
        foreach (var count in new[] { 1_000, 10_000, 100_000 / scale })
        {
            var documents = Documents(new SyntheticDeals(3).Independent(count));
            grouped.Evaluate(documents.Take(1_000).ToArray());
            var time = Median(count >= 100_000 ? 1 : 3, () => grouped.Evaluate(documents));
            var perDeal = time.TotalMicroseconds / count;
            Add($"{count:N0} independent deals", Ms(time), $"{perDeal:0.0} µs a deal" + (previous is { } p ? $", ×{time / p:0.0} for ×10 deals" : ""));
            previous = time;
        }

        Add("cold start: dealrules evaluate (sample)", ColdStart() is { } cold ? Ms(cold) : "n/a", "whole process, median of 5; CLI built in Release");

        Print();
        return 0;
    }

    private static IReadOnlyList<DealDocument> Documents(IEnumerable<DealRules.Model.Deal> deals) => SyntheticDeals.AsDocuments(deals);

    /// <summary>Runs the workload until tiered compilation has settled, so that no figure pays for the JIT.</summary>
    private static void Warm(DealEvaluator evaluator, IReadOnlyList<DealDocument> documents)
    {
        for (var i = 0; i < 3; i++)
        {
            evaluator.Evaluate(documents);
        }

        Thread.Sleep(200);
    }

    private static TimeSpan Median(int runs, Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            // Start every run from a collected heap, so that no run pays for the garbage of the one before.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static long AllocatedPerDeal(DealEvaluator evaluator, IReadOnlyList<DealDocument> documents)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        evaluator.Evaluate(documents);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / documents.Count;
    }

    private static TimeSpan? ColdStart()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "RulesEngine.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("RulesEngine.sln not found");
        }

        var cli = Path.Combine(root, "src", "DealRules.Cli", "bin", "Release", "net10.0", "DealRules.Cli.dll");
        if (!File.Exists(cli))
        {
            Process.Start("dotnet", ["build", Path.Combine(root, "src", "DealRules.Cli"), "-c", "Release", "-nologo", "-v:q"])!.WaitForExit();
        }

        return File.Exists(cli)
            ? Median(5, () =>
            {
                var start = new ProcessStartInfo("dotnet", [cli, "evaluate", "--format", "json"]) { RedirectStandardOutput = true };
                using var process = Process.Start(start)!;
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            })
            : null;
    }

    private static void Add(string figure, string value, string note)
    {
        Rows.Add((figure, value, note));
        Console.Error.WriteLine($"  measured: {figure}");
    }

    private static void Print()
    {
        var width = Rows.Max(r => r.Figure.Length);
        var valueWidth = Rows.Max(r => r.Value.Length);
        Console.WriteLine();
        Console.WriteLine($"| {"figure".PadRight(width)} | {"value".PadLeft(valueWidth)} | note");
        Console.WriteLine($"| {new string('-', width)} | {new string('-', valueWidth)} | ----");
        foreach (var (figure, value, note) in Rows)
        {
            Console.WriteLine($"| {figure.PadRight(width)} | {value.PadLeft(valueWidth)} | {note}");
        }
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    private static string PerSecond(int count, TimeSpan time) => (count / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan slower, TimeSpan faster) => $"{slower / faster:0.0}×";
}
