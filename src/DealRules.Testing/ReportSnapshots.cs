using DealRules.Authoring;
using System.Text;
using DealRules.Input;
using DealRules.Reporting;

namespace DealRules.Testing;

/// <summary>
/// Reports in a form a snapshot test can pin: the report's own JSON format (the one
/// <c>dealrules evaluate --format json</c> writes, documented in docs/report.md), whose bytes depend only
/// on the documents, the rules and the profile. With Snapshooter:
/// <c>Snapshot.Match(JToken.Parse(report.ToSnapshotJson()))</c>; the report object itself
/// (<c>report.MatchSnapshot()</c>) also serializes stably when its documents came from
/// <see cref="DealBuilder"/> or <see cref="DealFiles"/>, whose sources hold no machine's paths.
/// </summary>
public static class ReportSnapshots
{
    /// <summary>The report as JSON, each document's source reduced to its file name so that it is the same on every machine.</summary>
    /// <param name="report">The report.</param>
    public static string ToSnapshotJson(this EvaluationReport report) =>
        ReportJsonWriter.ToJson(report with { Deals = report.Deals.Select(d => d with { Source = FileName(d.Source) }).ToArray() });

    /// <summary>The report of a test's evaluation as JSON (<see cref="ToSnapshotJson(EvaluationReport)"/>).</summary>
    /// <param name="result">The evaluation.</param>
    public static string ToSnapshotJson(this RuleTestResult result) => result.Report.ToSnapshotJson();

    /// <summary>The findings alone, one line each in report order (<c>high CIRC001 (deal; parties): message</c>): a snapshot that changes only when a finding does.</summary>
    /// <param name="report">The report.</param>
    public static string ToFindingLines(this EvaluationReport report)
    {
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            text.Append(Wording.Name(finding.Severity)).Append(' ').Append(finding.RuleId)
                .Append(" (").Append(string.Join(", ", finding.DealIds)).Append("; ").Append(string.Join(", ", finding.Parties)).Append("): ")
                .Append(Echo.Printable(finding.Message)).Append('\n');
        }

        return text.ToString();
    }

    private static string FileName(string source) => source.Replace('\\', '/') is var path && path.LastIndexOf('/') is var slash and >= 0 ? path[(slash + 1)..] : source;
}
