using DealRules.Reporting;
using Spectre.Console;

namespace DealRules.Cli.Output;

/// <summary>Renders a report for a terminal: one table of findings per deal (or group of deals), then the totals.</summary>
internal static class TableReportRenderer
{
    public static void Render(EvaluationReport report, IAnsiConsole console, TextWriter plain, IReadOnlyList<BaselineState>? states = null, IReadOnlyList<BaselineFinding>? gone = null)
    {
        var titles = report.Deals.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var stateOf = TerminalText.StatesByFinding(report, states);
        foreach (var group in report.Findings.GroupBy(f => string.Join(" + ", f.DealIds)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var heading = group.First().DealIds is [var single] && titles.TryGetValue(single, out var title)
                ? $"{single}: {title}"
                : $"Portfolio: {group.Key}";
            console.Write(new Rule($"[bold]{Escape(heading)}[/]").LeftJustified());

            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("Severity").NoWrap());
            table.AddColumn(new TableColumn("Rule").NoWrap());
            table.AddColumn(new TableColumn("Finding"));
            foreach (var finding in group)
            {
                var mark = stateOf is not null && stateOf[finding] == BaselineState.New ? "\n[bold]new[/]" : "";
                table.AddRow(
                    SeverityStyle.Markup(finding.Severity),
                    new Markup($"[bold]{Escape(finding.RuleId)}[/]{mark}"),
                    new Markup($"[bold]{Escape(finding.Title)}[/]\n{Escape(finding.Message)}"));
            }

            console.Write(table);
            console.WriteLine();
        }

        plain.Flush();
        if (gone is { Count: > 0 })
        {
            plain.WriteLine("Gone since the baseline:");
            foreach (var finding in gone)
            {
                plain.WriteLine($"  {SeverityStyle.Name(finding.Severity)} {TerminalText.Plain(finding.RuleId)} on {TerminalText.Plain(string.Join(", ", finding.DealIds))}: {TerminalText.Plain(finding.Message)}");
            }

            plain.WriteLine();
        }

        // Plain text, not a Spectre line: a redirected summary is one line, however long.
        var counts = string.Join(", ", report.Summary.BySeverity.Where(s => s.Value > 0).Select(s => $"{s.Value} {SeverityStyle.Name(s.Key)}"));
        var comparison = states is null ? "" : $"; {states.Count(s => s == BaselineState.New)} new, {states.Count(s => s == BaselineState.Unchanged)} unchanged, {gone!.Count} gone since the baseline";
        plain.WriteLine(
            $"{TerminalText.Count(report.Summary.Findings, "finding", "findings")} ({(counts.Length == 0 ? "none" : counts)}) from {TerminalText.Count(report.Summary.RulesEvaluated, "rule", "rules")} " +
            $"on {TerminalText.Count(report.Deals.Count, "deal", "deals")}, profile {TerminalText.Plain(report.Profile)}{comparison}.");
        plain.Flush();
        foreach (var error in report.Errors)
        {
            console.MarkupLine($"[red]Rule {Escape(error.RuleId)} failed on {Escape(string.Join(", ", error.DealIds))}: {Escape(error.Message)}[/]");
        }
    }

    private static string Escape(string text) => Markup.Escape(TerminalText.Plain(text));
}
