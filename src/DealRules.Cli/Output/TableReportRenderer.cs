using DealRules.Reporting;
using Spectre.Console;

namespace DealRules.Cli.Output;

/// <summary>Renders a report for a terminal: one table of findings per deal (or group of deals), then the totals.</summary>
internal static class TableReportRenderer
{
    public static void Render(EvaluationReport report, IAnsiConsole console)
    {
        var titles = report.Deals.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        foreach (var group in report.Findings.GroupBy(f => string.Join(" + ", f.DealIds)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var heading = group.First().DealIds is [var single] && titles.TryGetValue(single, out var title)
                ? $"{single}: {title}"
                : $"Portfolio: {group.Key}";
            console.Write(new Rule($"[bold]{Markup.Escape(heading)}[/]").LeftJustified());

            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("Severity").NoWrap());
            table.AddColumn(new TableColumn("Rule").NoWrap());
            table.AddColumn(new TableColumn("Finding"));
            foreach (var finding in group)
            {
                table.AddRow(
                    SeverityStyle.Markup(finding.Severity),
                    new Markup($"[bold]{finding.RuleId}[/]"),
                    new Markup($"[bold]{Markup.Escape(finding.Title)}[/]\n{Markup.Escape(finding.Message)}"));
            }

            console.Write(table);
            console.WriteLine();
        }

        var counts = string.Join(", ", report.Summary.BySeverity.Where(s => s.Value > 0).Select(s => $"{s.Value} {SeverityStyle.Name(s.Key)}"));
        console.MarkupLine(Markup.Escape(
            $"{report.Summary.Findings} findings ({(counts.Length == 0 ? "none" : counts)}) from {report.Summary.RulesEvaluated} rules " +
            $"on {report.Deals.Count} {(report.Deals.Count == 1 ? "deal" : "deals")}, profile {report.Profile}."));
        foreach (var error in report.Errors)
        {
            console.MarkupLine($"[red]Rule {Markup.Escape(error.RuleId)} failed on {Markup.Escape(string.Join(", ", error.DealIds))}: {Markup.Escape(error.Message)}[/]");
        }
    }
}
