using System.Diagnostics;
using System.Globalization;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Baselines;
using DealRules.TestSupport;
using DealRules.Baselines.Peer;

namespace DealRules.Benchmarks;

/// <summary>
/// Every figure of the performance issue in one table, in a few minutes on a 2-core machine. The
/// machine is shared, so: every workload first runs until tiered compilation has settled; things
/// compared are measured side by side, one run of each per round, and a ratio is the median of the
/// rounds' ratios (a slow moment slows both sides of a round alike); times are medians.
/// </summary>
internal static class QuickTable
{
    private static readonly List<(string Figure, string Value, string Note)> Rows = [];

    public static int Run(string[] args)
    {
        var scale = args.Contains("--small") ? 10 : 1;
        Console.WriteLine($"DealRules quick performance table — {Environment.ProcessorCount} cores, .NET {Environment.Version}, "
            + $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {DateTime.UtcNow:yyyy-MM-dd}");

        var compile = Median(5, () => _ = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()));
        Add("session-factory compile of the catalog", Ms(compile), "median of 5");

        var grouped = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var oneSession = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { SessionBatchSize = 0 };
        var sameRules = new DealEvaluator(RulesEnginePeer.SameRules);
        var parameters = RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null);
        var peer = new RulesEnginePeer(parameters);
        var thousand = Documents(new SyntheticDeals(1).Independent(1_000));

        var sessions = SideBySide(
            9,
            ("one session", () => oneSession.Evaluate(thousand)),
            ("groups of 16", () => grouped.Evaluate(thousand)));
        Add("1,000 independent deals, one session (before)", Ms(sessions[0]), $"{PerSecond(1_000, sessions[0])} deals/s");
        Add("1,000 independent deals, groups of 16 (after)", Ms(sessions[1]), $"{PerSecond(1_000, sessions[1])} deals/s, {sessions.Speedup(1, 0):0.0}× faster");

        var rivals = SideBySide(
            11,
            ("engine, 18 rules", () => grouped.Evaluate(thousand)),
            ("hand-written baseline, 18 rules", () => HandWrittenCatalog.Evaluate(thousand, parameters)),
            ("engine, the 13 document rules", () => sameRules.Evaluate(thousand)),
            ("Microsoft RulesEngine, the 13 document rules", () => peer.Evaluate(thousand).GetAwaiter().GetResult()));
        Add("1,000 independent deals, engine (18 rules)", Ms(rivals[0]), $"{PerSecond(1_000, rivals[0])} deals/s");
        Add("1,000 independent deals, hand-written baseline (18 rules)", Ms(rivals[1]),
            $"{PerSecond(1_000, rivals[1])} deals/s, none of the engine's fact building; the engine reaches {rivals.Speedup(0, 1):P0} of it");
        Add("1,000 independent deals, engine on the 13 document rules", Ms(rivals[2]), $"{PerSecond(1_000, rivals[2])} deals/s");
        Add("1,000 independent deals, Microsoft RulesEngine (13 document rules)", Ms(rivals[3]),
            $"{PerSecond(1_000, rivals[3])} deals/s; the engine is {rivals.Speedup(2, 3):0.00}× as fast on the same rules, {rivals.Speedup(0, 3):0.00}× with all 18");

        var cores = SideBySide(
            9,
            ("one thread", () => grouped.Evaluate(thousand)),
            ("all cores", () => Parallel.ForEach(thousand.Chunk(125), chunk => grouped.Evaluate(chunk))));
        Add($"1,000 independent deals, {Environment.ProcessorCount} cores", Ms(cores[1]), $"{PerSecond(1_000, cores[1])} deals/s, {cores.Speedup(1, 0):0.0}× the single-threaded rate");

        ObservationTable.AddRows();

        Add("bytes allocated per deal (independent)", AllocatedPerDeal(grouped, thousand).ToString("N0", CultureInfo.InvariantCulture), "single-threaded, 1,000 deals, 18 rules");

        TimeSpan? previous = null;
        foreach (var count in new[] { 250, 500, 1_000 })
        {
            var dense = Documents(new SyntheticDeals(2).Dense(count, 50));
            var time = SideBySide(7, ("dense", () => grouped.Evaluate(dense)))[0];
            Add($"dense portfolio, {count:N0} deals among 50 parties", Ms(time), previous is { } p ? $"×{time / p:0.00} for ×2 deals" : "");
            previous = time;
        }

        // Linear growth, measured as: the whole portfolio in one call against the same deals evaluated
        // as portfolios of 1,000 one after another, side by side: equal times mean linear growth. The
        // slices again, keeping every report, tell the cost of evaluating from that of holding findings.
        foreach (var (count, rounds) in new[] { (1_000, 15), (10_000, 5), (100_000 / scale, 3) })
        {
            var documents = Documents(new SyntheticDeals(3).Independent(count));
            var slices = documents.Chunk(1_000).ToArray();
            var kept = new List<DealRules.Reporting.EvaluationReport>(slices.Length);

            // Past 1,000 deals the code is warm: a warm-up run of 100,000 deals would only cost time.
            var growth = SideBySide(
                rounds,
                warm: count == 1_000,
                ("in slices of 1,000", () =>
                {
                    foreach (var slice in slices)
                    {
                        grouped.Evaluate(slice);
                    }
                }),
                ("in one call", () => grouped.Evaluate(documents)),
                ("in slices, every report kept", () =>
                {
                    kept.Clear();
                    foreach (var slice in slices)
                    {
                        kept.Add(grouped.Evaluate(slice));
                    }
                }));
            kept.Clear();
            Add($"{count:N0} independent deals in one call", Ms(growth[1]), count == 1_000
                ? $"{growth[1].TotalMicroseconds / count:0.0} µs a deal (median of {rounds})"
                : $"{growth[1].TotalMicroseconds / count:0.0} µs a deal; ×{growth.Speedup(0, 1):0.00} the time of the same deals as {slices.Length} calls of 1,000, "
                  + $"×{growth.Speedup(2, 1):0.00} that of those calls keeping their reports (median of {rounds} side-by-side rounds)");
        }

        // Round 2 of the issue: both cores on 10,000, dense doublings to 8,000, a standing portfolio.
        CoresTable.AddRows();
        DenseTable.AddRows();
        StandingTable.AddRows(100_000 / scale);

        Add("cold start: dealrules evaluate (sample)", ColdStart() is { } cold ? Ms(cold) : "n/a", "whole process, median of 5; CLI built in Release");

        Print();
        return 0;
    }

    internal static IReadOnlyList<DealDocument> Documents(IEnumerable<DealRules.Model.Deal> deals) => SyntheticDeals.AsDocuments(deals);

    /// <summary>Warms every workload up, then runs them in rounds, one run of each per round.</summary>
    internal static Rounds SideBySide(int rounds, params (string Name, Action Action)[] workloads) => SideBySide(rounds, warm: true, workloads);

    /// <summary>Runs workloads in rounds, one run of each per round; <paramref name="warm"/> false when their code is warm already.</summary>
    internal static Rounds SideBySide(int rounds, bool warm, params (string Name, Action Action)[] workloads)
    {
        foreach (var (_, action) in warm ? workloads : [])
        {
            Warm(action);
        }

        var times = workloads.Select(_ => new List<TimeSpan>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < workloads.Length; i++)
            {
                // Every run starts from a collected heap, so that no run pays for the garbage of the one before.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                workloads[i].Action();
                times[i].Add(watch.Elapsed);
            }
        }

        return new Rounds(times);
    }

    /// <summary>The times of workloads run side by side, a list per workload, an entry per round.</summary>
    internal sealed class Rounds(List<TimeSpan>[] times)
    {
        /// <summary>The median time of a workload.</summary>
        public TimeSpan this[int workload] => MedianOf(times[workload]);

        /// <summary>How many times faster <paramref name="faster"/> ran than <paramref name="slower"/>: the median over rounds of their ratio.</summary>
        public double Speedup(int faster, int slower) => MedianOf(times[faster].Select((t, round) => times[slower][round] / t));
    }

    /// <summary>Runs a workload for a second and a half (once at least), then pauses so that tier-1 code is installed.</summary>
    private static void Warm(Action action)
    {
        var watch = Stopwatch.StartNew();
        for (var runs = 0; runs == 0 || watch.Elapsed < TimeSpan.FromSeconds(1.5); runs++)
        {
            action();
        }

        Thread.Sleep(300);
    }

    internal static TimeSpan Median(int runs, Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed);
        }

        return MedianOf(times);
    }

    private static TimeSpan MedianOf(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static long AllocatedPerDeal(DealEvaluator evaluator, IReadOnlyList<DealDocument> documents)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        evaluator.Evaluate(documents);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / documents.Count;
    }

    internal static string Repository()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "RulesEngine.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("RulesEngine.sln not found");
        }

        return root;
    }

    private static TimeSpan? ColdStart()
    {
        var root = Repository();
        var cli = Path.Combine(root, "src", "DealRules.Cli", "bin", "Release", "net10.0", "DealRules.Cli.dll");
        if (!File.Exists(cli))
        {
            Process.Start("dotnet", ["build", Path.Combine(root, "src", "DealRules.Cli"), "-c", "Release", "-nologo", "-v:q"])!.WaitForExit();
        }

        return File.Exists(cli)
            ? Median(5, () =>
            {
                // The sample document named, not left implicit: with no path the command reads standard
                // input whenever it is not a terminal, and this process's may be a pipe.
                var sample = Path.Combine(root, "rules", "samples", "amazon-openai-2025-12.json");
                var start = new ProcessStartInfo("dotnet", [cli, "evaluate", sample, "--format", "json"]) { RedirectStandardOutput = true, RedirectStandardInput = true };
                using var process = Process.Start(start)!;
                process.StandardInput.Close();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            })
            : null;
    }

    internal static void Add(string figure, string value, string note)
    {
        Rows.Add((figure, value, note));
        Console.Error.WriteLine($"  measured: {figure}");
    }

    internal static void Print()
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

    internal static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    internal static string PerSecond(int count, TimeSpan time) => (count / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
}
