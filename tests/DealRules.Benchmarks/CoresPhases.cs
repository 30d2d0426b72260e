using System.Diagnostics;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// Where the time of one in-process evaluation of 10,000 independent documents goes, phase by phase
/// (<c>round2 phases</c>): the phases that run on the calling thread whatever the parallelism beside
/// the whole evaluation on one core and on every core, so that Amdahl's law can be read off.
/// </summary>
internal static class CoresPhases
{
    /// <summary>Adds one row per phase: the median of 7 warm runs.</summary>
    public static void AddRows()
    {
        var documents = QuickTable.Documents(new SyntheticDeals(3).Independent(10_000));
        var list = documents.ToList();
        var pack = RulePack.FromAssemblyOf<StrategicRules>();
        var one = new DealEvaluator(pack);
        var all = new DealEvaluator(pack) { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var report = one.Evaluate(documents);
        var findings = report.Findings.ToList();
        TimeSpan Time(Action action) => QuickTable.Median(7, action);
        var whole = Time(() => one.Evaluate(documents));
        var wholeAll = Time(() => all.Evaluate(documents));
        var (pauseOne, collectionsOne) = Paused(() => one.Evaluate(documents));
        var (pauseAll, collectionsAll) = Paused(() => all.Evaluate(documents));
        var phases = new (string Name, TimeSpan Time)[]
        {
            ("consistency across documents (PortfolioProblems.Of)", Time(() => GC.KeepAlive(PortfolioProblems.Of(documents)))),
            ("grouping by parties into sessions of 16", Time(() => GC.KeepAlive(PortfolioComponents.Batches(PortfolioComponents.Of(list), DealEvaluator.DefaultSessionBatchSize).ToList()))),
            ("report: sort the findings, order the deals (ReportOf)", Time(() => DealEvaluator.ReportOf(pack, documents, "default", findings.ToList(), []))),
        };
        var serial = phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
        QuickTable.Add("phases: the whole evaluation, one core", QuickTable.Ms(whole), $"{report.Findings.Count:N0} findings (median of 7)");
        QuickTable.Add($"phases: the whole evaluation, {Environment.ProcessorCount} cores", QuickTable.Ms(wholeAll), $"{whole / wholeAll:0.00}× (median of 7, not side by side)");
        QuickTable.Add("phases: garbage collection paused, one core", QuickTable.Ms(pauseOne), $"{pauseOne / whole:P1} of the one-core time; {collectionsOne} collections; every thread waits");
        QuickTable.Add($"phases: garbage collection paused, {Environment.ProcessorCount} cores", QuickTable.Ms(pauseAll), $"{pauseAll / wholeAll:P1} of the time; {collectionsAll} collections; GC server {System.Runtime.GCSettings.IsServerGC}");
        foreach (var (name, time) in phases)
        {
            QuickTable.Add("phases: " + name, QuickTable.Ms(time), $"{time / whole:P1} of the one-core time; on the calling thread");
        }

        var fraction = (serial + pauseOne) / whole;
        QuickTable.Add("phases: Amdahl's bound on 2 cores", $"{1 / (fraction + (1 - fraction) / 2):0.00}×", $"serial fraction {fraction:P1}");
    }

    /// <summary>How long the garbage collector paused the process during one run, and how many collections it made.</summary>
    private static (TimeSpan Pause, int Collections) Paused(Action action)
    {
        var pause = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        action();
        return (GC.GetTotalPauseDuration() - pause, GC.CollectionCount(0) - collections);
    }
}
