using System.Diagnostics;
using System.Globalization;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Baselines.Peer;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// The engine's cost per deal, phase by phase, beside Microsoft RulesEngine on the same rules:
/// <c>engine [ROUNDS]</c> prints the bytes each phase allocates per deal (single-threaded, 1,000
/// independent deals), the warm µs per deal of fact building and of writing the JSON report, and the
/// engine against RulesEngine on the 13 document rules, side by side in rounds.
/// </summary>
internal static class EngineProfile
{
    public static int Run(string[] args)
    {
        var rounds = args is [var count, ..] && char.IsAsciiDigit(count[0]) ? int.Parse(count, CultureInfo.InvariantCulture) : 11;
        Console.WriteLine($"DealRules engine profile — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm}, {CommandTable.Load()}");
        var catalog = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var sameRules = new DealEvaluator(RulesEnginePeer.SameRules);
        var peer = new RulesEnginePeer(RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null));
        var documents = QuickTable.Documents(new SyntheticDeals(1).Independent(1_000));
        var batches = PortfolioComponents.Batches(PortfolioComponents.Of(documents.ToList()), DealEvaluator.DefaultSessionBatchSize).ToList();
        for (var i = 0; i < 3; i++)
        {
            catalog.Evaluate(documents);
            sameRules.Evaluate(documents);
            batches.ForEach(b => FactBuilder.Build(b, FactSelection.All, 1));
        }

        if (args.Contains("--spin"))
        {
            // For a CPU profiler: only the engine on the 13 document rules, for 20 seconds.
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                if (args.Contains("facts"))
                {
                    batches.ForEach(b => FactBuilder.Build(b, FactSelection.All, 1));
                }
                else
                {
                    sameRules.Evaluate(documents);
                }
            }

            return 0;
        }

        if (args.Contains("--types"))
        {
            // Which types the 13-rule evaluation allocates, sampled by the runtime every ~100 KB.
            using var listener = new AllocationTypeTally();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(10))
            {
                sameRules.Evaluate(documents);
            }

            listener.Print();
            return 0;
        }

        Bytes("whole evaluation, 18 rules", () => catalog.Evaluate(documents));
        Bytes("whole evaluation, 13 document rules", () => sameRules.Evaluate(documents));
        Bytes("  consistency check (PortfolioProblems)", () => PortfolioProblems.Of(documents));
        Bytes("  grouping into sessions", () => _ = PortfolioComponents.Batches(PortfolioComponents.Of(documents.ToList()), DealEvaluator.DefaultSessionBatchSize).ToList());
        Bytes("  fact building (every fact)", () => batches.ForEach(b => FactBuilder.Build(b, FactSelection.All, 1)));
        var findings = catalog.Evaluate(documents).Findings.ToList();
        Bytes("  report of the findings (ReportOf)", () => DealEvaluator.ReportOf(catalog.Pack, documents, "default", [.. findings], []));
        Bytes("RulesEngine, 13 document rules", () => peer.Evaluate(documents).GetAwaiter().GetResult());

        var facts = Micro(rounds * 3, () => batches.ForEach(b => FactBuilder.Build(b, FactSelection.All, 1)));
        Console.WriteLine($"  fact building, warm: {facts.TotalMicroseconds / documents.Count,6:0.0} µs of processor time a deal (median of {rounds * 3})");
        using var spool = new ReportSpool();
        foreach (var chunk in documents.Chunk(100))
        {
            spool.Add(catalog.Evaluate(chunk));
        }

        Bytes("  writing the JSON report", () => spool.WriteJson(Stream.Null));
        var writing = Micro(rounds * 3, () => spool.WriteJson(Stream.Null));
        Console.WriteLine($"  writing the JSON report, warm: {writing.TotalMicroseconds / documents.Count,6:0.0} µs of processor time a deal, {spool.FindingCount:N0} findings (median of {rounds * 3})");

        var rivals = QuickTable.SideBySide(
            rounds,
            ("engine, the 13 document rules", () => sameRules.Evaluate(documents)),
            ("Microsoft RulesEngine, the 13 document rules", () => peer.Evaluate(documents).GetAwaiter().GetResult()),
            ("engine, 18 rules", () => catalog.Evaluate(documents)));
        Console.WriteLine($"engine, 13 document rules:  {rivals[0].TotalMilliseconds,6:0.0} ms (median of {rounds})");
        Console.WriteLine($"RulesEngine, 13 rules:      {rivals[1].TotalMilliseconds,6:0.0} ms");
        Console.WriteLine($"engine, 18 rules:           {rivals[2].TotalMilliseconds,6:0.0} ms");
        Console.WriteLine($"engine is {rivals.Speedup(0, 1):0.00}× as fast as RulesEngine on the same rules (median of {rounds} rounds' ratios)");
        return 0;

        void Bytes(string phase, Action work)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            work();
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;

            Console.WriteLine($"  {phase,-44} {bytes / documents.Count,8:N0} bytes a deal");
        }
    }

    /// <summary>The processor time of the calling thread (Linux: CLOCK_THREAD_CPUTIME_ID).</summary>
    private static TimeSpan ThreadTime()
    {
        if (ClockGetTime(3, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static TimeSpan Micro(int rounds, Action work)
    {
        // Until tiered compilation has settled, as QuickTable warms its workloads.
        var warm = Stopwatch.StartNew();
        for (var runs = 0; runs < 5 || warm.Elapsed < TimeSpan.FromSeconds(3); runs++)
        {
            work();
        }

        Thread.Sleep(300);

        // The thread's processor time, not wall time: on a machine shared with other work, waiting for a core is not the code's cost.
        var times = new List<TimeSpan>();
        for (var i = 0; i < rounds; i++)
        {
            var before = ThreadTime();
            work();
            times.Add(ThreadTime() - before);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

/// <summary>Tallies the runtime's allocation samples (GCAllocationTick) by type.</summary>
internal sealed class AllocationTypeTally : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> bytes = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            lock (bytes)
            {
                bytes[type] = bytes.GetValueOrDefault(type) + 1;
            }
        }
    }

    public void Print()
    {
        var total = bytes.Values.Sum();
        foreach (var (type, count) in bytes.OrderByDescending(b => b.Value).Take(45))
        {
            Console.WriteLine($"{100.0 * count / total,5:0.0}%  {type}");
        }
    }
}
