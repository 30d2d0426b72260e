using DealRules.Baselines;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// The engine against its practical limit, and nothing else: the catalog's 18 rules on 1,000
/// generated deals (independent, then dense), the engine and the hand-written catalog side by side,
/// one run of each per round after every workload has warmed up. The hand-written catalog reads the documents
/// itself and shares nothing with the engine's fact building, so the ratio is the engine's whole cost
/// (facts, Rete network, messages) against plain C# written for speed.
/// </summary>
internal static class LimitTable
{
    private const int Rounds = 15;

    public static int Run()
    {
        var engine = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var parameters = RulePack.FromAssemblyOf<StrategicRules>().ParametersFor(null);
        var portfolios = new[]
        {
            ("1,000 independent deals", QuickTable.Documents(new SyntheticDeals(1).Independent(1_000))),
            ("dense portfolio, 1,000 deals among 50 parties", QuickTable.Documents(new SyntheticDeals(2).Dense(1_000, 50))),
        };
        // Every workload warms up first, and all of them run a few discarded rounds together, so that the
        // first portfolio measured is not measured on code the quick table would have warmed far longer.
        QuickTable.SideBySide(3, [.. portfolios.SelectMany(p => new (string, Action)[]
        {
            ("engine", () => engine.Evaluate(p.Item2)),
            ("hand-written", () => HandWrittenCatalog.Evaluate(p.Item2, parameters)),
        })]);
        foreach (var (name, documents) in portfolios)
        {
            var rounds = QuickTable.SideBySide(
                Rounds,
                ("engine, 18 rules", () => engine.Evaluate(documents)),
                ("hand-written baseline, 18 rules", () => HandWrittenCatalog.Evaluate(documents, parameters)));
            QuickTable.Add($"{name}, engine (18 rules)", QuickTable.Ms(rounds[0]), $"{QuickTable.PerSecond(documents.Count, rounds[0])} deals/s");
            QuickTable.Add($"{name}, hand-written baseline (18 rules)", QuickTable.Ms(rounds[1]),
                $"{QuickTable.PerSecond(documents.Count, rounds[1])} deals/s, none of the engine's fact building; the engine takes ×{rounds.Speedup(1, 0):0.00} its time, "
                + $"{rounds.Speedup(0, 1):P0} of its speed (median of {Rounds} side-by-side rounds)");
        }

        QuickTable.Print();
        return 0;
    }
}
