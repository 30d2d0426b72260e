using DealRules.Authoring;
using System.Text;
using DealRules.Graphs;
using DealRules.Reporting;

namespace DealRules.Cli.Output;

/// <summary>Writes a report as Markdown, for pasting into a review.</summary>
internal static class MarkdownReportWriter
{
    /// <summary>The report as Markdown; with the graph of the same documents, a Mermaid diagram of the loops of money the report names; with a baseline's comparison, each finding's state.</summary>
    public static string Write(EvaluationReport report, MoneyGraph? graph = null, IReadOnlyList<BaselineState>? states = null, IReadOnlyList<BaselineFinding>? gone = null)
    {
        var text = new StringBuilder();
        text.Append("# DealRules report\n\n");
        text.Append($"Profile `{report.Profile.Replace('`', '\'')}`; {TerminalText.Count(report.Summary.RulesEvaluated, "rule", "rules")}; {TerminalText.Count(report.Summary.Findings, "finding", "findings")} ");
        text.Append('(').Append(string.Join(", ", report.Summary.BySeverity.Select(s => $"{s.Value} {Wording.Name(s.Key)}"))).Append(").\n\n");

        text.Append("| Deal | Title | Status |\n| --- | --- | --- |\n");
        foreach (var deal in report.Deals)
        {
            text.Append($"| `{deal.Id}` | {Cell(deal.Title)} | {Wording.Name(deal.Status)} |\n");
        }

        if (states is not null)
        {
            text.Append($"\nCompared with the baseline: {states.Count(s => s == BaselineState.New)} new, {states.Count(s => s == BaselineState.Unchanged)} unchanged, {gone!.Count} gone.\n");
        }

        var stateOf = TerminalText.StatesByFinding(report, states);
        if (graph is not null && ReportedLoops(report, graph) is { Count: > 0 } loops)
        {
            text.Append("\n## Loops of money\n\nThe loops the findings below name, each step with its kind and money (\"est.\": valued from capacity).\n\n```mermaid\n");
            text.Append(MoneyGraphMermaidWriter.WriteLoops(graph, loops)).Append("```\n");
        }

        foreach (var group in report.Findings.GroupBy(f => string.Join(", ", f.DealIds.Select(id => $"`{id}`"))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n## {group.Key}\n\n| Severity | Rule | Parties | Finding |\n| --- | --- | --- | --- |\n");
            foreach (var finding in group)
            {
                var mark = stateOf is not null && stateOf[finding] == BaselineState.New ? " (new)" : "";
                text.Append($"| {Wording.Name(finding.Severity)} | {finding.RuleId}{mark} {Cell(finding.Title)} | {string.Join(", ", finding.Parties)} | {Cell(finding.Message)} |\n");
            }
        }

        if (gone is { Count: > 0 })
        {
            text.Append("\n## Gone since the baseline\n\n| Severity | Rule | Deals | Finding |\n| --- | --- | --- | --- |\n");
            foreach (var finding in gone)
            {
                text.Append($"| {Wording.Name(finding.Severity)} | {Cell(finding.RuleId)} | {Cell(string.Join(", ", finding.DealIds))} | {Cell(finding.Message)} |\n");
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

    /// <summary>The loops of the graph that a finding names, party for party in loop order (CIRC003 does, in the shipped catalog).</summary>
    private static List<GraphLoop> ReportedLoops(EvaluationReport report, MoneyGraph graph)
    {
        // Each finding's parties once in a set, not every finding for each loop: thousands of both on a large portfolio.
        var named = report.Findings.Select(f => f.Parties).ToHashSet(PartySequence.Instance);
        return graph.Loops.Where(loop => named.Contains(loop.Parties)).ToList();
    }

    private static string Cell(string text) => TerminalText.MarkdownCell(text);

    /// <summary>Lists of party ids equal when they hold the same ids in the same order.</summary>
    private sealed class PartySequence : IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly PartySequence Instance = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

        public int GetHashCode(IReadOnlyList<string> parties)
        {
            var hash = new HashCode();
            foreach (var party in parties)
            {
                hash.Add(party, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
