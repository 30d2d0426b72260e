using System.Text;
using DealRules.Reporting;

namespace DealRules.Cli.Output;

/// <summary>Writes a report as Markdown, for pasting into a review.</summary>
internal static class MarkdownReportWriter
{
    public static string Write(EvaluationReport report, IReadOnlyList<BaselineState>? states = null, IReadOnlyList<BaselineFinding>? gone = null)
    {
        var text = new StringBuilder();
        text.Append("# DealRules report\n\n");
        text.Append($"Profile `{report.Profile.Replace('`', '\'')}`; {TerminalText.Count(report.Summary.RulesEvaluated, "rule", "rules")}; {TerminalText.Count(report.Summary.Findings, "finding", "findings")} ");
        text.Append('(').Append(string.Join(", ", report.Summary.BySeverity.Select(s => $"{s.Value} {SeverityStyle.Name(s.Key)}"))).Append(").\n\n");

        text.Append("| Deal | Title | Status |\n| --- | --- | --- |\n");
        foreach (var deal in report.Deals)
        {
            text.Append($"| `{deal.Id}` | {Cell(deal.Title)} | {deal.Status.ToString().ToLowerInvariant()} |\n");
        }

        if (states is not null)
        {
            text.Append($"\nCompared with the baseline: {states.Count(s => s == BaselineState.New)} new, {states.Count(s => s == BaselineState.Unchanged)} unchanged, {gone!.Count} gone.\n");
        }

        var stateOf = TerminalText.StatesByFinding(report, states);
        foreach (var group in report.Findings.GroupBy(f => string.Join(", ", f.DealIds.Select(id => $"`{id}`"))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n## {group.Key}\n\n| Severity | Rule | Parties | Finding |\n| --- | --- | --- | --- |\n");
            foreach (var finding in group)
            {
                var mark = stateOf is not null && stateOf[finding] == BaselineState.New ? " (new)" : "";
                text.Append($"| {SeverityStyle.Name(finding.Severity)} | {finding.RuleId}{mark} {Cell(finding.Title)} | {string.Join(", ", finding.Parties)} | {Cell(finding.Message)} |\n");
            }
        }

        if (gone is { Count: > 0 })
        {
            text.Append("\n## Gone since the baseline\n\n| Severity | Rule | Deals | Finding |\n| --- | --- | --- | --- |\n");
            foreach (var finding in gone)
            {
                text.Append($"| {SeverityStyle.Name(finding.Severity)} | {Cell(finding.RuleId)} | {Cell(string.Join(", ", finding.DealIds))} | {Cell(finding.Message)} |\n");
            }
        }

        if (report.Errors.Count > 0)
        {
            text.Append("\n## Rule errors\n\n| Rule | Deals | Error |\n| --- | --- | --- |\n");
            foreach (var error in report.Errors)
            {
                text.Append($"| {Cell(error.RuleId)} | {string.Join(", ", error.DealIds)} | {Cell(error.Message)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => TerminalText.MarkdownCell(text);
}
