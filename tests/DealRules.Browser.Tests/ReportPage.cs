using DealRules.Documents;
using DealRules.Engine;
using DealRules.Graphs;
using DealRules.Reporting;
using DealRules.Reporting.Html;
using DealRules.Strategic;
using Microsoft.Playwright;

namespace DealRules.Browser.Tests;

/// <summary>An HTML report written to a temporary file and opened from its file:// address, with every console error and page error it raises.</summary>
public sealed class ReportPage : IAsyncDisposable
{
    private static readonly Lazy<DealEvaluator> Evaluator = new(() => new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()));

    /// <summary>The readings of the default profile: $50B a GW, loops of flows of $1B and more.</summary>
    public static readonly MoneyGraphOptions Defaults = new(50_000_000_000m, 1_000_000_000m);

    private readonly string path;

    private ReportPage(IPage page, string path, EvaluationReport report, MoneyGraph graph, List<string> errors)
    {
        Page = page;
        this.path = path;
        Report = report;
        Graph = graph;
        Errors = errors;
    }

    public IPage Page { get; }

    public EvaluationReport Report { get; }

    public MoneyGraph Graph { get; }

    /// <summary>Console messages of type error, and uncaught page errors, in order.</summary>
    public List<string> Errors { get; }

    /// <summary>Writes the report of <paramref name="documents"/> and opens it; with scripts, waits until the graph is drawn and painted.</summary>
    public static async Task<ReportPage> Open(HeadlessChromium browser, IReadOnlyCollection<DealDocument> documents, bool javaScript = true, float timeoutMs = 30_000)
    {
        var report = Evaluator.Value.Evaluate(documents);
        var graph = MoneyGraph.Of(documents, Defaults);
        var path = Path.Combine(Path.GetTempPath(), $"dealrules-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report, graph));
        var page = await browser.NewPage(javaScript);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        if (javaScript)
        {
            await page.WaitForSelectorAsync("html[data-graph=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = timeoutMs });
        }

        return new ReportPage(page, path, report, graph, errors);
    }

    public static IReadOnlyList<DealDocument> Read(string folder) => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file => DealDocumentReader.ReadFile(file).Document ?? throw new InvalidOperationException($"{file} is not a valid document."))
        .ToArray();

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        File.Delete(path);
    }
}
