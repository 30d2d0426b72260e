using System.Text;
using DealRules.Authoring;

namespace DealRules.Cli.Output;

/// <summary>
/// The table format for output that is not a terminal (a file, a pipe): the same layout as on a
/// terminal — a rule per deal, a rounded table of severity, rule and finding — drawn directly as
/// text. Laying out thousands of tables through a terminal library cost three times the JSON
/// report on 2,000 documents; this is a single pass over the findings.
/// </summary>
internal sealed class PlainTableWriter(TextWriter output, int width)
{
    private const string Separator = "─";

    public void Heading(string heading)
    {
        var room = width - 4; // "── " before, " " after, at least one "─" to close
        var text = heading.Length <= room - 1 ? heading : Cut(heading, room - 2) + "…";
        output.Write("── ");
        output.Write(text);
        output.Write(' ');
        output.WriteLine(string.Concat(Enumerable.Repeat(Separator, Math.Max(1, width - 4 - text.Length))));
    }

    /// <summary>One table: a row per finding; the rule column may carry a second line (a "new" mark).</summary>
    public void Table(IReadOnlyList<(Severity Severity, string Rule, string? Mark, string Title, string Message)> rows)
    {
        var severityWidth = Math.Max("Severity".Length, rows.Max(r => Wording.Name(r.Severity).Length));
        var ruleWidth = Math.Max("Rule".Length, rows.Max(r => Math.Max(r.Rule.Length, r.Mark?.Length ?? 0)));
        var available = width - 10; // four borders and a space either side of each of three cells
        var findingWidth = Math.Max(10, available - severityWidth - ruleWidth);
        var naturalFinding = Math.Max("Finding".Length, rows.Max(r => Math.Max(r.Title.Length, r.Message.Length)));
        if (severityWidth + ruleWidth + naturalFinding < available)
        {
            // Everything fits on one line: the spare width is shared in proportion to each column's, as terminals show it.
            var totalRatio = severityWidth + ruleWidth + naturalFinding;
            var remaining = available;
            var severityShare = (int)Math.Ceiling(severityWidth * remaining / (double)totalRatio);
            totalRatio -= severityWidth;
            remaining -= severityShare;
            var ruleShare = (int)Math.Ceiling(ruleWidth * remaining / (double)totalRatio);
            (severityWidth, ruleWidth, findingWidth) = (severityShare, ruleShare, remaining - ruleShare);
        }

        var line = new StringBuilder(width * 2);

        Border('╭', '┬', '╮');
        Row(["Severity"], ["Rule"], ["Finding"]);
        Border('├', '┼', '┤');
        foreach (var row in rows)
        {
            var finding = Wrap(row.Title, findingWidth).Concat(Wrap(row.Message, findingWidth)).ToList();
            Row([Wording.Name(row.Severity)], row.Mark is null ? [row.Rule] : [row.Rule, row.Mark], finding);
        }

        Border('╰', '┴', '╯');

        void Border(char left, char middle, char right)
        {
            line.Clear().Append(left).Append(Separator[0], severityWidth + 2).Append(middle).Append(Separator[0], ruleWidth + 2).Append(middle)
                .Append(Separator[0], findingWidth + 2).Append(right);
            output.WriteLine(line);
        }

        void Row(IReadOnlyList<string> severity, IReadOnlyList<string> rule, IReadOnlyList<string> finding)
        {
            var height = Math.Max(severity.Count, Math.Max(rule.Count, finding.Count));
            for (var i = 0; i < height; i++)
            {
                line.Clear()
                    .Append("│ ").Append(Cell(severity, i, severityWidth))
                    .Append(" │ ").Append(Cell(rule, i, ruleWidth))
                    .Append(" │ ").Append(Cell(finding, i, findingWidth)).Append(" │");
                output.WriteLine(line);
            }
        }
    }

    /// <summary>The text cut to at most <paramref name="length"/> characters, at a space where there is one.</summary>
    private static string Cut(string text, int length)
    {
        var cut = text[..Math.Max(0, length)];
        var space = cut.LastIndexOf(' ');
        return (space > length / 2 ? cut[..space] : cut).TrimEnd();
    }

    private static string Cell(IReadOnlyList<string> lines, int index, int cellWidth) =>
        (index < lines.Count ? lines[index] : "").PadRight(cellWidth);

    /// <summary>Greedy word wrap; a word longer than the width is cut.</summary>
    private static IEnumerable<string> Wrap(string text, int lineWidth)
    {
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > lineWidth)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                yield return rest[..lineWidth];
                rest = rest[lineWidth..];
            }

            if (current.Length > 0 && current.Length + 1 + rest.Length > lineWidth)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(rest);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
