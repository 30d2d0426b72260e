using DealRules.Input;
using System.Text;

namespace DealRules.Cli.Output;

/// <summary>What a document says, made safe to show: escapes and control characters never reach a terminal or a Markdown renderer raw.</summary>
internal static class TerminalText
{
    /// <summary>Text for a terminal: control characters (ESC included) and hiding characters written as <c>\u001b</c>.</summary>
    public static string Plain(string text) => Echo.Printable(text);

    /// <summary>Text for a Markdown table cell: printable, on one line, with Markdown and HTML syntax escaped so it shows as written.</summary>
    public static string MarkdownCell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in Echo.Printable(text.ReplaceLineEndings(" ")))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~' or '&')
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }

    /// <summary>Each finding's baseline state, by the finding itself; null without a baseline.</summary>
    public static Dictionary<Authoring.Finding, Reporting.BaselineState>? StatesByFinding(Reporting.EvaluationReport report, IReadOnlyList<Reporting.BaselineState>? states)
    {
        if (states is null)
        {
            return null;
        }

        var byFinding = new Dictionary<Authoring.Finding, Reporting.BaselineState>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            byFinding[report.Findings[i]] = states[i];
        }

        return byFinding;
    }

    /// <summary>"1 finding", "2 findings".</summary>
    public static string Count(int count, string one, string many) => $"{count:N0} {(count == 1 ? one : many)}";
}
