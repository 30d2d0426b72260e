using DealRules.Authoring;
using DealRules.Reporting;
using Spectre.Console;

namespace DealRules.Cli.Output;

/// <summary>Renders a report for a terminal: one table of findings per deal (or group of deals), then the totals.</summary>
internal static class TableReportRenderer
{
    /// <param name="report">The report.</param>
    /// <param name="console">A terminal (Spectre, with colours), or null to draw the same layout as plain text on <paramref name="plain"/>.</param>
    /// <param name="plain">Where the totals (and, without a terminal, everything) go.</param>
    /// <param name="width">The width of plain text output.</param>
    /// <param name="states">Each finding's state against a baseline, or null.</param>
    /// <param name="gone">The baseline's findings that are gone, or null.</param>
    public static void Render(EvaluationReport report, IAnsiConsole? console, TextWriter plain, int width, IReadOnlyList<BaselineState>? states = null, IReadOnlyList<BaselineFinding>? gone = null)
    {
        var titles = report.Deals.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var stateOf = TerminalText.StatesByFinding(report, states);
        var text = new PlainTableWriter(plain, width);
        foreach (var group in report.Findings.GroupBy(f => string.Join(" + ", f.DealIds)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var heading = group.First().DealIds is [var single] && titles.TryGetValue(single, out var title)
                ? $"{single}: {title}"
                : $"Portfolio: {group.Key}";
            if (console is null)
            {
                text.Heading(TerminalText.Plain(heading));
                text.Table(group.Select(f => (f.Severity, TerminalText.Plain(f.RuleId), stateOf is not null && stateOf[f] == BaselineState.New ? "new" : null,
                    TerminalText.Plain(f.Title), TerminalText.Plain(f.Message))).ToArray());
                plain.WriteLine();
                continue;
            }

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
                plain.WriteLine($"  {Wording.Name(finding.Severity)} {TerminalText.Plain(finding.RuleId)} on {TerminalText.Plain(string.Join(", ", finding.DealIds))}: {TerminalText.Plain(finding.Message)}");
            }

            plain.WriteLine();
        }

        // Plain text, not a Spectre line: a redirected summary is one line, however long.
        var counts = string.Join(", ", report.Summary.BySeverity.Where(s => s.Value > 0).Select(s => $"{s.Value} {Wording.Name(s.Key)}"));
        var comparison = states is null ? "" : $"; {states.Count(s => s == BaselineState.New)} new, {states.Count(s => s == BaselineState.Unchanged)} unchanged, {gone!.Count} gone since the baseline";
        plain.WriteLine(
            $"{TerminalText.Count(report.Summary.Findings, "finding", "findings")} ({(counts.Length == 0 ? "none" : counts)}) from {TerminalText.Count(report.Summary.RulesEvaluated, "rule", "rules")} " +
            $"on {TerminalText.Count(report.Deals.Count, "deal", "deals")}, profile {TerminalText.Plain(report.Profile)}{comparison}.");
        plain.Flush();
        foreach (var error in report.Errors)
        {
            var line = $"Rule {TerminalText.Plain(error.RuleId)} failed on {TerminalText.Plain(string.Join(", ", error.DealIds))}: {TerminalText.Plain(error.Message)}";
            if (console is null)
            {
                plain.WriteLine(line);
            }
            else
            {
                console.MarkupLine($"[red]{Markup.Escape(line)}[/]");
            }
        }

        plain.Flush();
    }

    private static string Escape(string text) => Markup.Escape(TerminalText.Plain(text));
}
