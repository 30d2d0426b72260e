using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Graphs;
using DealRules.Model;

namespace DealRules.Reporting.Html;

/// <summary>
/// Writes a report as one self-contained HTML file for people who review deals: the summary, the
/// findings (filterable by severity, rule, category, perspective and deal, each with its evidence
/// and facts), the money-flow graph of the portfolio, and the deals with their sources. It works
/// offline: the layout library (d3-force and d3-hierarchy, pinned and embedded) and the page's own
/// script are inside the file, and its content security policy lets the page load nothing and run
/// no script but those two. Without scripts the findings, loops, spend-back pairs and deals are
/// plain HTML; only the drawing and the filters need them. The output depends only on the report
/// and the graph, so the same input always gives the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly JsonWriterOptions DataOptions = new()
    {
        // The default encoder escapes <, >, & and quotes, so the data cannot close its script element.
        Encoder = JavaScriptEncoder.Default,
        NewLine = "\n",
    };

    /// <summary>Writes the report to a stream as UTF-8.</summary>
    /// <param name="report">The report.</param>
    /// <param name="graph">The money-flow graph of the same documents (<see cref="MoneyGraph.Of"/>).</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(EvaluationReport report, MoneyGraph graph, Stream stream)
    {
        var bytes = Encoding.UTF8.GetBytes(ToHtml(report, graph));
        stream.Write(bytes);
    }

    /// <summary>The report as an HTML document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="graph">The money-flow graph of the same documents (<see cref="MoneyGraph.Of"/>).</param>
    public static string ToHtml(EvaluationReport report, MoneyGraph graph)
    {
        var style = HtmlResources.Style;
        var library = HtmlResources.Library;
        var script = HtmlResources.Script;
        var names = graph.Parties.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var html = new StringBuilder(64 * 1024 + report.Findings.Count * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; ")
            .Append($"style-src '{Hash(style)}'; script-src '{Hash(library)}' '{Hash(script)}'\">\n");
        html.Append("<meta name=\"generator\" content=\"DealRules\">\n");
        html.Append($"<title>DealRules report: {report.Summary.Findings} findings on {report.Deals.Count} deals</title>\n");
        html.Append("<style>").Append(style).Append("</style>\n</head>\n<body>\n");
        Header(html, report, graph);
        html.Append("<main>\n<div class=\"text\">\n");
        Findings(html, report, names);
        Errors(html, report);
        Deals(html, report, graph);
        html.Append("</div>\n");
        GraphPanel(html, graph, names);
        html.Append("</main>\n");
        html.Append("<script type=\"application/json\" id=\"graph-data\">");
        html.Append(GraphData(graph));
        html.Append("</script>\n<script>").Append(library).Append("</script>\n<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, EvaluationReport report, MoneyGraph graph)
    {
        html.Append("<header>\n<h1>DealRules report</h1>\n<p class=\"lead\">")
            .Append($"{report.Summary.Findings} findings from {report.Summary.RulesEvaluated} rules on {report.Deals.Count} deals, ")
            .Append($"profile <code>{Text(report.Profile)}</code>; the graph has {graph.Parties.Count} parties, {graph.Edges.Count} money edges, ")
            .Append($"{graph.Loops.Count} {(graph.Loops.Count == 1 ? "loop" : "loops")} and {graph.SpendBacks.Count} spend-back {(graph.SpendBacks.Count == 1 ? "pair" : "pairs")}.</p>\n");
        html.Append("<table class=\"summary\"><thead><tr>");
        foreach (var severity in SeverityOrder.MostSevereFirst)
        {
            html.Append($"<th class=\"sev-{Name(severity)}\">{Name(severity)}</th>");
        }

        html.Append("</tr></thead><tbody><tr>");
        foreach (var severity in SeverityOrder.MostSevereFirst)
        {
            html.Append($"<td>{report.Summary.BySeverity.GetValueOrDefault(severity)}</td>");
        }

        html.Append("</tr></tbody></table>\n");
        html.Append("<nav><a href=\"#findings\">Findings</a> <a href=\"#deals\">Deals</a> <a href=\"#graph-panel\">Money-flow graph</a></nav>\n</header>\n");
    }

    private static void Findings(StringBuilder html, EvaluationReport report, Dictionary<string, string> names)
    {
        html.Append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        html.Append("<form id=\"filters\" class=\"filters\" hidden>\n");
        Filter(html, "severity", "Severity", Enum.GetValues<Severity>().Reverse().Where(s => report.Findings.Any(f => f.Severity == s)).Select(s => (Name(s), Name(s))));
        Filter(html, "rule", "Rule", report.Findings.DistinctBy(f => f.RuleId).OrderBy(f => f.RuleId, StringComparer.Ordinal).Select(f => (f.RuleId, $"{f.RuleId} {f.Title}")));
        Filter(html, "category", "Category", report.Findings.Select(f => Name(f.Category)).Distinct().Order(StringComparer.Ordinal).Select(c => (c, c)));
        Filter(html, "perspective", "Perspective", report.Findings.Select(f => Name(f.Perspective)).Distinct().Order(StringComparer.Ordinal).Select(p => (p, p)));
        Filter(html, "deal", "Deal", report.Findings.SelectMany(f => f.DealIds).Distinct().Order(StringComparer.Ordinal).Select(d => (d, d)));
        html.Append("<button type=\"reset\">Show all</button> <output id=\"shown\" for=\"filters\"></output>\n</form>\n");
        html.Append("<p class=\"hint\">Select a finding to see its parties and money in the graph.</p>\n");
        html.Append("<table id=\"findings-table\" class=\"findings\">\n<thead><tr><th>Severity</th><th>Rule</th><th>Deals</th><th>Parties</th><th>Finding</th></tr></thead>\n<tbody>\n");
        var number = 0;
        foreach (var finding in report.Findings)
        {
            number++;
            html.Append($"<tr id=\"finding-{number}\" class=\"finding sev-{Name(finding.Severity)}\" tabindex=\"0\" data-severity=\"{Name(finding.Severity)}\" ")
                .Append($"data-rule=\"{Text(finding.RuleId)}\" data-category=\"{Name(finding.Category)}\" data-perspective=\"{Name(finding.Perspective)}\" ")
                .Append($"data-deals=\"{Text(string.Join(' ', finding.DealIds))}\" data-parties=\"{Text(string.Join(' ', finding.Parties))}\" data-facts=\"{Text(string.Join(' ', finding.Facts))}\">");
            html.Append($"<td class=\"sev\">{Name(finding.Severity)}</td>");
            html.Append($"<td><span class=\"rule\">{Text(finding.RuleId)}</span> {Text(finding.Title)}<br><small>{Name(finding.Category)}, {Name(finding.Perspective)}</small></td>");
            html.Append("<td>").Append(string.Join("<br>", finding.DealIds.Select(id => $"<a href=\"#deal-{Text(id)}\">{Text(id)}</a>"))).Append("</td>");
            html.Append("<td>").Append(string.Join(", ", finding.Parties.Select(p => Text(names.GetValueOrDefault(p, p))))).Append("</td>");
            html.Append($"<td><p class=\"message\">{Text(finding.Message)}</p><details><summary>Evidence and facts</summary><dl class=\"evidence\">");
            foreach (var (name, value) in finding.Evidence.Values)
            {
                html.Append($"<dt>{Text(name)}</dt><dd>{Text(Value(value))}</dd>");
            }

            html.Append("</dl><ul class=\"facts\">");
            foreach (var fact in finding.Facts)
            {
                html.Append($"<li><a href=\"#deal-{Text(FactPointer.DealId(fact))}\"><code>{Text(fact)}</code></a></li>");
            }

            html.Append("</ul></details></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Filter(StringBuilder html, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        html.Append($"<label>{label} <select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var (value, text) in options)
        {
            html.Append($"<option value=\"{Text(value)}\">{Text(text)}</option>");
        }

        html.Append("</select></label>\n");
    }

    private static void Errors(StringBuilder html, EvaluationReport report)
    {
        if (report.Errors.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"errors\">\n<h2>Rule errors</h2>\n<p>These rules threw; the other rules ran and their findings are above.</p>\n<table><thead><tr><th>Rule</th><th>Deals</th><th>Error</th></tr></thead><tbody>\n");
        foreach (var error in report.Errors)
        {
            html.Append($"<tr><td>{Text(error.RuleId)}</td><td>{Text(string.Join(", ", error.DealIds))}</td><td>{Text(error.Message)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Deals(StringBuilder html, EvaluationReport report, MoneyGraph graph)
    {
        var details = graph.Deals.ToDictionary(d => d.Id, StringComparer.Ordinal);
        html.Append("<section id=\"deals\">\n<h2>Deals</h2>\n<table class=\"deals\"><thead><tr><th>Deal</th><th>Status</th><th>Announced</th><th>Sources</th></tr></thead><tbody>\n");
        foreach (var deal in report.Deals)
        {
            var detail = details.GetValueOrDefault(deal.Id);
            html.Append($"<tr id=\"deal-{Text(deal.Id)}\"><td><code>{Text(deal.Id)}</code><br>{Text(deal.Title)}<br><small>{Text(deal.Source.Replace('\\', '/'))}</small>");
            if (deal.SupersededBy.Count > 0)
            {
                html.Append("<br><small>superseded by ").Append(string.Join(", ", deal.SupersededBy.Select(id => $"<a href=\"#deal-{Text(id)}\">{Text(id)}</a>"))).Append("; no rule saw it</small>");
            }

            html.Append($"</td><td class=\"status-{JsonEnumNames.Of(deal.Status)}\">{JsonEnumNames.Of(deal.Status)}</td>");
            html.Append($"<td>{(detail?.Announced is { } date ? Date(date) : "")}</td><td><ul class=\"sources\">");
            foreach (var source in detail?.Sources ?? [])
            {
                var title = Text(source.Title) + (source.Date is { } published ? $" <small>({Date(published)})</small>" : "");
                html.Append("<li>").Append(IsWebAddress(source.Url)
                    ? $"<a href=\"{Text(source.Url!)}\" rel=\"noopener noreferrer\" target=\"_blank\">{title}</a>"
                    : title).Append("</li>");
            }

            html.Append("</ul></td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void GraphPanel(StringBuilder html, MoneyGraph graph, Dictionary<string, string> names)
    {
        html.Append("<aside id=\"graph-panel\">\n<h2>Money-flow graph</h2>\n");
        html.Append("<div class=\"toolbar\" hidden><button type=\"button\" id=\"fit\">Fit</button> <button type=\"button\" id=\"clear\">Clear selection</button> <span id=\"graph-status\"></span></div>\n");
        html.Append("<div id=\"graph\" class=\"graph\"><noscript><p>The graph is drawn by the page's script; the findings, loops, spend-back pairs and deals are readable without it.</p></noscript></div>\n");
        html.Append("<ul class=\"legend\">");
        foreach (var kind in Enum.GetValues<PartyKind>())
        {
            html.Append($"<li><span class=\"swatch kind-{GraphWording.Kind(kind)}\"></span>{GraphWording.Kind(kind)}</li>");
        }

        html.Append("<li><span class=\"line investment\"></span>investment</li><li><span class=\"line commitment\"></span>commitment</li>")
            .Append("<li><span class=\"line estimated\"></span>estimated from capacity</li><li><span class=\"line uncounted\"></span>size not known or conditional</li>")
            .Append("<li><span class=\"line loop\"></span>along a loop</li><li><span class=\"line spend-back\"></span>spend-back pair</li></ul>\n");
        html.Append("<p class=\"hint\">Edge width grows with the money. Scroll to zoom, drag to pan, select a node or a finding.</p>\n");
        html.Append("<h3>Loops of money</h3>\n");
        if (graph.Loops.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"loops\">");
            foreach (var loop in graph.Loops)
            {
                var path = string.Join(" → ", loop.Parties.Append(loop.Parties[0]).Select(p => Text(names.GetValueOrDefault(p, p))));
                var smallest = Wording.Money(loop.SmallestStep, loop.Currency, graph.DollarsPerGw);
                html.Append($"<li class=\"pick\" tabindex=\"0\" data-parties=\"{Text(string.Join(' ', loop.Parties))}\" data-edges=\"{Text(string.Join(' ', loop.EdgeIds))}\">{path}: at least {Text(smallest)} on each step</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h3>Spend-back pairs</h3>\n");
        if (graph.SpendBacks.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"spend-backs\">");
            foreach (var pair in graph.SpendBacks)
            {
                var investor = Text(names.GetValueOrDefault(pair.Investor, pair.Investor));
                var investee = Text(names.GetValueOrDefault(pair.Investee, pair.Investee));
                html.Append($"<li class=\"pick\" tabindex=\"0\" data-parties=\"{Text(pair.Investor + " " + pair.Investee)}\" data-edges=\"{Text(string.Join(' ', pair.EdgeIds))}\">")
                    .Append($"{investor} invested {Text(Wording.Money(pair.Invested, pair.Currency, graph.DollarsPerGw))} in {investee}, ")
                    .Append($"which committed {Text(Wording.Money(pair.Committed, pair.Currency, graph.DollarsPerGw))} back ({Wording.Ratio(Wording.Rounded(pair.Ratio))}×)</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</aside>\n");
    }

    private static string GraphData(MoneyGraph graph)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, DataOptions))
        {
            MoneyGraphJsonWriter.Write(graph, json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Only web addresses become links: a document could hold a <c>javascript:</c> address.</summary>
    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static string Value(object value) => value switch
    {
        decimal number => number.ToString("#,0.####", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string text => text,
        IEnumerable<string> texts => string.Join(", ", texts),
        _ => value.ToString() ?? "",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(Severity value) => JsonEnumNames.Of(value);

    private static string Name(Category value) => JsonEnumNames.Of(value);

    private static string Name(Perspective value) => JsonEnumNames.Of(value);

    /// <summary>Text and attribute values escaped for HTML; everything else is written as is (UTF-8).</summary>
    private static string Text(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
