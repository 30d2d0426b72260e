using DealRules.TestSupport;
using DealRules.Engine;
using DealRules.Observation;
using DealRules.Strategic;

namespace DealRules.Benchmarks;

/// <summary>
/// What explain and coverage cost: the catalog on 1,000 independent deals with nothing observed, with
/// coverage counted, and with one rule explained, side by side (one run of each per round; ratios
/// are medians of the rounds' ratios). Nothing observed is the evaluator as every caller that does not
/// ask uses it: no listener is attached, so NRules raises no condition events at all.
/// </summary>
internal static class ObservationTable
{
    public static int Run()
    {
        AddRows();
        QuickTable.Print();
        return 0;
    }

    public static void AddRows()
    {
        var evaluator = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var thousand = QuickTable.Documents(new SyntheticDeals(1).Independent(1_000));
        var rounds = QuickTable.SideBySide(
            11,
            ("nothing observed", () => evaluator.Evaluate(thousand)),
            ("coverage", () => evaluator.Evaluate(thousand, null, EvaluationObserver.ForCoverage())),
            ("CIRC001 explained", () => evaluator.Evaluate(thousand, null, EvaluationObserver.ForExplanation("CIRC001"))));
        QuickTable.Add("1,000 independent deals, catalog, nothing observed", QuickTable.Ms(rounds[0]), $"{QuickTable.PerSecond(1_000, rounds[0])} deals/s");
        QuickTable.Add("1,000 independent deals, catalog, coverage counted", QuickTable.Ms(rounds[1]), $"×{rounds.Speedup(0, 1):0.00} the time of nothing observed (median of 11 side-by-side rounds)");
        QuickTable.Add("1,000 independent deals, catalog, CIRC001 explained", QuickTable.Ms(rounds[2]), $"×{rounds.Speedup(0, 2):0.00} the time of nothing observed");
    }
}
