using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// Both cores in process (issue 18, target 3): 10,000 independent documents evaluated on one thread and
/// on every core, side by side in rounds, and the two reports compared byte for byte.
/// </summary>
internal static class CoresTable
{
    /// <summary>Adds the rows of one core against all of them.</summary>
    public static void AddRows()
    {
        var documents = QuickTable.Documents(new SyntheticDeals(3).Independent(10_000));
        var pack = RulePack.FromAssemblyOf<StrategicRules>();
        var one = new DealEvaluator(pack);
        var all = new DealEvaluator(pack) { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var same = Hash(one.Evaluate(documents)) == Hash(all.Evaluate(documents));

        // The process's CPU time per run too: CPU time over wall time is how many cores the run really had,
        // which on this shared machine may be fewer than it asked for.
        var cpu = new[] { new List<TimeSpan>(), new List<TimeSpan>() };
        Action Timed(int i, DealEvaluator evaluator) => () =>
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            evaluator.Evaluate(documents);
            cpu[i].Add(Process.GetCurrentProcess().TotalProcessorTime - before);
        };
        // A control in the same rounds: the same fixed arithmetic on one thread and split over every core.
        // Its ratio is what the machine gave at that moment; shared, it may be far from the core count.
        var control = new[] { ("control, one core", (Action)(() => Spin(1))), ("control, all cores", () => Spin(Environment.ProcessorCount)) };
        var times = QuickTable.SideBySide(7, [("one core", Timed(0, one)), ("all cores", Timed(1, all)), .. control]);
        var used = cpu[1].TakeLast(7).Order().ElementAt(3) / times[1];
        QuickTable.Add("10,000 independent deals in process, one core", QuickTable.Ms(times[0]), $"{QuickTable.PerSecond(10_000, times[0])} deals/s (median of 7)");
        QuickTable.Add($"10,000 independent deals in process, {Environment.ProcessorCount} cores", QuickTable.Ms(times[1]),
            $"{QuickTable.PerSecond(10_000, times[1])} deals/s, {times.Speedup(1, 0):0.00}× the one-core rate (median of 7 side-by-side rounds); "
            + (same ? "reports byte-identical" : "REPORTS DIFFER") + $"; the process had {used:0.00} cores on average (its CPU time over the wall time); {(System.Runtime.GCSettings.IsServerGC ? "Server" : "workstation")} GC");
        QuickTable.Add($"control: fixed arithmetic on {Environment.ProcessorCount} cores", QuickTable.Ms(times[3]),
            $"{times.Speedup(3, 2):0.00}× as fast as on one core ({QuickTable.Ms(times[2])}), in the same rounds: what the shared machine gave");
    }

    /// <summary>400 million additions, split over <paramref name="threads"/> threads.</summary>
    private static void Spin(int threads) =>
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            var sum = 0L;
            for (var i = 0L; i < 400_000_000L / threads; i++)
            {
                sum += i ^ (sum >> 3);
            }

            GC.KeepAlive(sum);
        });

    /// <summary>The report as JSON, hashed.</summary>
    private static string Hash(EvaluationReport report)
    {
        var json = ReportJsonWriter.ToJson(report);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
