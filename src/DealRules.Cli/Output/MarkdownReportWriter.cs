using System.Text;
using DealRules.Reporting;

namespace DealRules.Cli.Output;

/// <summary>Writes a report as Markdown, for pasting into a review.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.Append("# DealRules report\n\n");
        text.Append($"Profile `{report.Profile}`; {report.Summary.RulesEvaluated} rules; {report.Summary.Findings} findings ");
        text.Append('(').Append(string.Join(", ", report.Summary.BySeverity.Select(s => $"{s.Value} {SeverityStyle.Name(s.Key)}"))).Append(").\n\n");

        text.Append("| Deal | Title | Status |\n| --- | --- | --- |\n");
        foreach (var deal in report.Deals)
        {
            text.Append($"| `{deal.Id}` | {Cell(deal.Title)} | {deal.Status.ToString().ToLowerInvariant()} |\n");
        }

        foreach (var group in report.Findings.GroupBy(f => string.Join(", ", f.DealIds.Select(id => $"`{id}`"))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n## {group.Key}\n\n| Severity | Rule | Parties | Finding |\n| --- | --- | --- | --- |\n");
            foreach (var finding in group)
            {
                text.Append($"| {SeverityStyle.Name(finding.Severity)} | {finding.RuleId} {Cell(finding.Title)} | {string.Join(", ", finding.Parties)} | {Cell(finding.Message)} |\n");
            }
        }

        if (report.Errors.Count > 0)
        {
            text.Append("\n## Rule errors\n\n| Rule | Deals | Error |\n| --- | --- | --- |\n");
            foreach (var error in report.Errors)
            {
                text.Append($"| {error.RuleId} | {string.Join(", ", error.DealIds)} | {Cell(error.Message)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
