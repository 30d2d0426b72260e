using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// Joins the reports of parts of a portfolio that share no party (see <c>PortfolioComponents</c>)
/// into the report of the whole: no finding can span two such parts, so the whole's findings are
/// the parts' findings in report order.
/// </summary>
public static class ReportMerger
{
    /// <summary>The report of the whole portfolio.</summary>
    /// <param name="parts">Reports of disjoint parts, evaluated with one profile and one rule pack.</param>
    public static EvaluationReport Merge(IReadOnlyList<EvaluationReport> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        return Build(
            parts.Count > 0 ? parts[0].Profile : "default",
            parts.SelectMany(p => p.Deals),
            parts.SelectMany(p => p.Findings).ToList(),
            parts.SelectMany(p => p.Errors),
            Highest(parts, p => p.Summary.RulesEvaluated, 0)) with { SchemaVersion = Highest(parts, p => p.SchemaVersion, 1) };
    }

    /// <summary>The highest value of the parts, <paramref name="none"/> for no part (a loop: LINQ's Max over ints is generic code the ReadyToRun image cannot hold).</summary>
    private static int Highest(IReadOnlyList<EvaluationReport> parts, Func<EvaluationReport, int> value, int none)
    {
        if (parts.Count == 0)
        {
            return none;
        }

        var highest = int.MinValue;
        foreach (var part in parts)
        {
            highest = Math.Max(highest, value(part));
        }

        return highest;
    }

    /// <summary>A report in report order: deals by id, findings by <see cref="FindingOrder"/>, errors by rule, deals and message; counts made from them.</summary>
    internal static EvaluationReport Build(string profile, IEnumerable<DealSummary> deals, List<Finding> findings, IEnumerable<RuleError> errors, int rulesEvaluated)
    {
        findings.Sort(FindingOrder.Instance);
        return new EvaluationReport
        {
            Profile = profile,
            Deals = deals.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray(),
            Findings = findings,
            Summary = new ReportSummary(
                rulesEvaluated,
                findings.Count,
                CountBySeverity(findings)),
            Errors = Ordered(errors),
        };
    }

    /// <summary>Rule errors in report order: by rule, then deals, then message.</summary>
    internal static RuleError[] Ordered(IEnumerable<RuleError> errors) => errors
        .OrderBy(e => e.RuleId, StringComparer.Ordinal)
        .ThenBy(e => string.Join(' ', e.DealIds), StringComparer.Ordinal)
        .ThenBy(e => e.Message, StringComparer.Ordinal)
        .ToArray();

    private static Dictionary<Severity, int> CountBySeverity(List<Finding> findings)
    {
        var counts = SeverityOrder.NoneOfEach();
        foreach (var finding in findings)
        {
            if (counts.TryGetValue(finding.Severity, out var count))
            {
                counts[finding.Severity] = count + 1;
            }
        }

        return counts;
    }
}
