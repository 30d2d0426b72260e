
namespace DealRules.Browser.Tests;

/// <summary>
/// The HTML report opened from a file in headless Chromium, as a reviewer opens it: it draws the
/// money-flow graph with no console error, every party and edge of the graph is drawn, the filters
/// hide what they should, a finding lights its parties and money, and with scripts off the findings
/// and deals are still there.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HtmlReportBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Report_of_the_samples_draws_every_party_and_edge_with_no_console_error()
    {
        await using var report = await ReportPage.Open(await fixture.Browser(), ReportPage.Read("samples"));

        var nodes = await report.Page.Locator("#graph g.node").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.id)");
        var edges = await report.Page.Locator("#graph g.edge").EvaluateAllAsync<string[]>("edges => edges.map(e => e.dataset.id)");

        Assert.Empty(report.Errors);
        Assert.Equal(report.Graph.Parties.Select(p => p.Id), nodes);
        Assert.Equal(report.Graph.Edges.Select(e => e.Id), edges);
        Assert.Equal(report.Graph.Loops.SelectMany(l => l.EdgeIds).Order(StringComparer.Ordinal),
            (await report.Page.Locator("#graph g.edge.loop").EvaluateAllAsync<string[]>("edges => edges.map(e => e.dataset.id)")).Order(StringComparer.Ordinal));
        Assert.Equal(report.Report.Findings.Count, await report.Page.Locator("#findings-table tbody tr:visible").CountAsync());
    }

    [Fact]
    public async Task Filters_show_only_the_findings_that_match_all_of_them()
    {
        await using var report = await ReportPage.Open(await fixture.Browser(), ReportPage.Read("deals"));
        var page = report.Page;
        var high = report.Report.Findings.Count(f => f.Severity == Authoring.Severity.High);
        var highCircular = report.Report.Findings.Count(f => f.Severity == Authoring.Severity.High && f.RuleId == "CIRC001");

        await page.SelectOptionAsync("select[name=severity]", "high");
        var afterSeverity = await page.Locator("#findings-table tbody tr:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.severity)");
        await page.SelectOptionAsync("select[name=rule]", "CIRC001");
        var afterRule = await page.Locator("#findings-table tbody tr:visible").CountAsync();
        await page.ClickAsync("#filters button[type=reset]");
        await page.WaitForFunctionAsync($"document.querySelectorAll('#findings-table tbody tr:not([hidden])').length === {report.Report.Findings.Count}");

        Assert.Equal(Enumerable.Repeat("high", high), afterSeverity);
        Assert.Equal(highCircular, afterRule);
        Assert.Equal($"{report.Report.Findings.Count} of {report.Report.Findings.Count} findings shown", await page.Locator("#shown").TextContentAsync());
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Selecting_the_loop_finding_lights_its_three_parties_and_the_edges_along_it()
    {
        await using var report = await ReportPage.Open(await fixture.Browser(), ReportPage.Read("deals"));
        var page = report.Page;

        await page.ClickAsync("#findings-table tr[data-rule=CIRC003] td.sev");
        var lit = await page.Locator("#graph g.node.hl").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.id)");
        var edges = await page.Locator("#graph g.edge.hl").EvaluateAllAsync<string[]>("edges => edges.map(e => e.dataset.id)");

        Assert.Equal(["nvidia", "openai", "oracle"], lit.Order(StringComparer.Ordinal));
        Assert.Equal(report.Graph.Loops.Single().EdgeIds.Order(StringComparer.Ordinal), edges.Order(StringComparer.Ordinal));
        Assert.True(await page.Locator("#graph svg.focus").CountAsync() == 1);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task With_scripts_disabled_every_finding_and_deal_is_shown_and_the_filters_are_not()
    {
        await using var report = await ReportPage.Open(await fixture.Browser(), ReportPage.Read("deals"), javaScript: false);
        var page = report.Page;

        Assert.Equal(report.Report.Findings.Count, await page.Locator("#findings-table tbody tr:visible").CountAsync());
        Assert.Equal(report.Report.Deals.Count, await page.Locator("table.deals tbody tr:visible").CountAsync());
        Assert.False(await page.Locator("#filters").IsVisibleAsync());
        Assert.Contains("readable without it", await page.Locator("#graph").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#graph svg").CountAsync());
    }

    [Fact]
    public async Task A_generated_portfolio_of_1000_deals_is_drawn_whole()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(17).Independent(1000));

        await using var report = await ReportPage.Open(await fixture.Browser(), documents, timeoutMs: 120_000);

        Assert.Empty(report.Errors);
        Assert.Equal(report.Graph.Parties.Count, await report.Page.Locator("#graph g.node").CountAsync());
        Assert.Equal(report.Graph.Edges.Count, await report.Page.Locator("#graph g.edge").CountAsync());
        // Timed in the benchmarks (README, Performance); printed here only to see it in a test log.
        output.WriteLine($"{report.Graph.Parties.Count} parties, {report.Graph.Edges.Count} edges: script {await report.Page.GetAttributeAsync("html", "data-layout-ms")} ms, painted at {await report.Page.GetAttributeAsync("html", "data-ready-ms")} ms");
    }
}
