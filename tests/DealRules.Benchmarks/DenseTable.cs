using DealRules.Baselines;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// Dense portfolios (issue 18, target 5): 1,000 to 8,000 deals drawn from one pool of 50 parties, so
/// that every deal is in one group, each size timed with the factor per doubling, the findings counted
/// (the output's own growth) and the hand-written baseline timed beside the engine on the same deals
/// (the growth of the problem itself, without NRules' joins).
/// </summary>
internal static class DenseTable
{
    /// <summary>Adds two rows per size: the engine's and the hand-written baseline's.</summary>
    public static void AddRows()
    {
        var evaluator = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var parameters = RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null);
        var sizes = new[] { 1_000, 2_000, 4_000, 8_000 };
        var portfolios = sizes.Select(n => QuickTable.Documents(new SyntheticDeals(2).Dense(n, 50))).ToArray();
        var findings = portfolios.Select(p => evaluator.Evaluate(p).Findings.Count).ToArray();
        var baseline = portfolios.Select(p => HandWrittenCatalog.Evaluate(p, parameters).Count).ToArray();

        // Side by side: a slow moment of the shared machine slows every size of a round alike. The
        // evaluations above warmed the code; the engine's workloads come first, the baseline's after.
        var engine = portfolios.Select((p, i) => ($"engine {sizes[i]}", (Action)(() => evaluator.Evaluate(p))));
        var handWritten = portfolios.Select((p, i) => ($"hand-written {sizes[i]}", (Action)(() => HandWrittenCatalog.Evaluate(p, parameters))));
        var times = QuickTable.SideBySide(3, warm: false, [.. engine, .. handWritten]);
        for (var i = 0; i < sizes.Length; i++)
        {
            var growth = i == 0 ? "" : $"; ×{times.Speedup(i - 1, i):0.00} the time for ×2 deals (median of 3 side-by-side rounds), ×{(double)findings[i] / findings[i - 1]:0.00} the findings";
            QuickTable.Add($"dense portfolio, {sizes[i]:N0} deals among 50 parties", QuickTable.Ms(times[i]), $"{findings[i]:N0} findings" + growth);
        }

        for (var i = 0; i < sizes.Length; i++)
        {
            var j = sizes.Length + i;
            var growth = i == 0 ? "" : $"; ×{times.Speedup(j - 1, j):0.00} the time for ×2 deals";
            QuickTable.Add($"dense portfolio, {sizes[i]:N0} deals, hand-written baseline", QuickTable.Ms(times[j]),
                $"{baseline[i]:N0} findings; the engine takes ×{times.Speedup(j, i):0.00} its time" + growth);
        }
    }
}
