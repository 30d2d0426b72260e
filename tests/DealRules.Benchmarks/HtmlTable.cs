using System.Globalization;
using DealRules.Browser.Tests;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Graphs;
using DealRules.Reporting.Html;
using DealRules.Strategic;
using Microsoft.Playwright;

namespace DealRules.Benchmarks;

/// <summary>
/// How long the HTML report takes to open and lay out in headless Chromium (Debian's, as in the
/// browser tests): for the shipped corpus and two generated portfolios of 1,000 deals, each report
/// opened 5 times in a fresh page; the figure is the time from navigation start until the graph is
/// drawn and two frames have been painted (the page's own <c>data-ready-ms</c>), its script's share
/// beside it. With a path, also writes the screenshot of the corpus's report the README shows.
/// </summary>
internal static class HtmlTable
{
    private const int Runs = 5;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        if (HeadlessChromium.Unavailable is { } reason)
        {
            Console.Error.WriteLine($"html: {reason}");
            return 1;
        }

        Console.WriteLine($"DealRules HTML report table — {Environment.ProcessorCount} cores, Chromium headless, {DateTime.UtcNow:yyyy-MM-dd}");
        var evaluator = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());
        var options = new MoneyGraphOptions(50_000_000_000m, 1_000_000_000m);
        var corpus = Directory.EnumerateFiles(Path.Combine(QuickTable.Repository(), "rules", "deals"), "*.json").Order(StringComparer.Ordinal)
            .Select(file => DealDocumentReader.ReadFile(file).Document!).ToArray();
        var portfolios = new (string Name, IReadOnlyList<DealDocument> Documents)[]
        {
            ("shipped corpus, 37 deals", corpus),
            ("1,000 independent deals", QuickTable.Documents(new TestSupport.SyntheticDeals(17).Independent(1000))),
            ("1,000 dense deals among 50 parties", QuickTable.Documents(new TestSupport.SyntheticDeals(17).Dense(1000, 50))),
        };

        await using var browser = await HeadlessChromium.Start();
        var folder = Directory.CreateTempSubdirectory("dealrules-html-bench-").FullName;
        try
        {
            foreach (var (name, documents) in portfolios)
            {
                var graph = MoneyGraph.Of(documents, options);
                var file = Path.Combine(folder, "report.html");
                await File.WriteAllTextAsync(file, HtmlReportWriter.ToHtml(evaluator.Evaluate(documents), graph));
                var ready = new List<double>();
                var script = new List<double>();
                for (var run = 0; run < Runs; run++)
                {
                    var page = await browser.NewPage();
                    await page.GotoAsync(new Uri(file).AbsoluteUri);
                    await page.WaitForSelectorAsync("html[data-graph=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
                    ready.Add(double.Parse((await page.GetAttributeAsync("html", "data-ready-ms"))!, CultureInfo.InvariantCulture));
                    script.Add(double.Parse((await page.GetAttributeAsync("html", "data-layout-ms"))!, CultureInfo.InvariantCulture));
                    await page.Context.CloseAsync();
                }

                QuickTable.Add($"{name}: open and lay out", $"{Median(ready):N0} ms",
                    $"median of {Runs} (runs: {string.Join(", ", ready.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}); the script {Median(script):N0} ms; " +
                    $"{graph.Parties.Count:N0} parties, {graph.Edges.Count:N0} edges, {new FileInfo(file).Length / 1024:N0} KiB");
            }

            if (args.Length > 0)
            {
                var file = Path.Combine(folder, "corpus.html");
                await File.WriteAllTextAsync(file, HtmlReportWriter.ToHtml(evaluator.Evaluate(corpus), MoneyGraph.Of(corpus, options)));
                var page = await browser.NewPage(width: 1600, height: 1000);
                await page.GotoAsync(new Uri(file).AbsoluteUri);
                await page.WaitForSelectorAsync("html[data-graph=ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.GetFullPath(args[0]) });
                await page.Context.CloseAsync();
                Console.Error.WriteLine($"html: wrote {args[0]}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        QuickTable.Print();
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
