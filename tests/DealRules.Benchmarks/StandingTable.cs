using System.Diagnostics;
using System.Globalization;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Portfolios;
using DealRules.Strategic;
using DealRules.TestSupport;

namespace DealRules.Benchmarks;

/// <summary>
/// A standing portfolio (issue 18, target 4): 100,000 independent documents and a dense group of 1,000
/// (50 parties) held by a <see cref="StandingPortfolio"/>, then edits timed one by one: a new document
/// added, an existing one replaced, the added one removed; once alone, once joining the dense group, so
/// that the cost can be set against the size of the group the edit touches.
/// </summary>
internal static class StandingTable
{
    /// <summary>Adds the rows of edits on a standing portfolio; <paramref name="size"/> independent documents held.</summary>
    public static void AddRows(int size = 100_000)
    {
        var evaluator = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var independent = QuickTable.Documents(new SyntheticDeals(3).Independent(size + 101));
        var dense = QuickTable.Documents(new SyntheticDeals(2).Dense(1_000 + 21, 50));
        var held = independent.Take(size).Concat(dense.Take(1_000)).ToList();
        var watch = Stopwatch.StartNew();
        var portfolio = new StandingPortfolio(evaluator, held);
        QuickTable.Add($"standing portfolio: hold {held.Count:N0} documents (first evaluation)", QuickTable.Ms(watch.Elapsed), $"{Environment.ProcessorCount} cores");

        Edits(portfolio, "alone", independent.Skip(size).ToList(), independent);
        Edits(portfolio, "joining a dense group of 1,000", dense.Skip(1_000).ToList(), dense);
    }

    /// <summary>Per new document: add it, replace an existing one (by itself, so that the portfolio stays the same), remove the new one.</summary>
    private static void Edits(StandingPortfolio portfolio, string where, List<DealDocument> additions, IReadOnlyList<DealDocument> existing)
    {
        var add = new List<TimeSpan>();
        var replace = new List<TimeSpan>();
        var remove = new List<TimeSpan>();
        var evaluated = new List<int>();
        for (var i = 0; i < additions.Count; i++)
        {
            var added = additions[i];
            var replaced = existing[i * 7 % 1_000];
            evaluated.Add(Time(add, () => portfolio.Add(added)));
            Time(replace, () => portfolio.Replace(replaced));
            Time(remove, () => portfolio.Remove(added.Deal.Id));
        }

        // The first edit of each kind warms its code up; the median is of the rest.
        var note = $"median of {additions.Count - 1}; {Median(evaluated)} documents evaluated again, of {portfolio.Documents.Count + 1:N0}";
        QuickTable.Add($"standing portfolio: add one document {where}", Ms(Median(add)), note);
        QuickTable.Add($"standing portfolio: replace one document {where.Replace("joining", "in", StringComparison.Ordinal)}", Ms(Median(replace)), $"median of {additions.Count - 1}");
        QuickTable.Add($"standing portfolio: remove one document {where.Replace("joining", "from", StringComparison.Ordinal)}", Ms(Median(remove)), $"median of {additions.Count - 1}");
    }

    private static int Time(List<TimeSpan> times, Func<PortfolioChange> edit)
    {
        var watch = Stopwatch.StartNew();
        var change = edit();
        times.Add(watch.Elapsed);
        return change.Applied ? change.DocumentsEvaluated : throw new InvalidOperationException(change.Problems[0].ToString());
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N2", CultureInfo.InvariantCulture) + " ms";

    private static T Median<T>(List<T> values) => values.Skip(1).Order().ElementAt((values.Count - 1) / 2);
}
