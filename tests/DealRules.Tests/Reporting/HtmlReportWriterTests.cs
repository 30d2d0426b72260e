using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DealRules.Graphs;
using DealRules.Model;
using DealRules.Reporting.Html;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Reporting;

/// <summary>
/// The HTML report is one deterministic, self-contained file: it loads nothing, runs no script but
/// its own two (the policy names their hashes), escapes what documents say, and holds every finding
/// and deal as plain HTML. Its drawing is tested in a real browser (tests/DealRules.Browser.Tests).
/// </summary>
public sealed partial class HtmlReportWriterTests
{
    private static readonly MoneyGraphOptions Defaults = new(Format2.DollarsPerGw, 1_000_000_000m);

    private static string CorpusReport()
    {
        var documents = Corpus.ReadAll();
        return HtmlReportWriter.ToHtml(Evaluation.Evaluator.Evaluate(documents), MoneyGraph.Of(documents, Defaults));
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes()
    {
        Assert.Equal(CorpusReport(), CorpusReport());
    }

    [Fact]
    public void It_holds_a_row_per_finding_and_per_deal_with_what_filters_and_selection_read()
    {
        var documents = Corpus.ReadAll();
        var report = Evaluation.Evaluator.Evaluate(documents);

        var html = HtmlReportWriter.ToHtml(report, MoneyGraph.Of(documents, Defaults));

        Assert.Equal(report.Findings.Count, FindingRow().Count(html));
        Assert.Equal(report.Deals.Count, Regex.Count(html, "<tr id=\"deal-"));
        var first = report.Findings[0];
        Assert.Contains($"data-severity=\"high\" data-rule=\"{first.RuleId}\" data-category=\"circular\" data-perspective=\"market\" data-deals=\"{string.Join(' ', first.DealIds)}\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void It_loads_nothing_and_its_policy_allows_only_its_own_style_and_two_scripts()
    {
        var html = CorpusReport();

        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;
        Assert.StartsWith("default-src 'none'; img-src data:; style-src 'sha256-", policy, StringComparison.Ordinal);
        var scripts = Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        var styles = Regex.Matches(html, "<style>(.*?)</style>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2, scripts.Length);
        Assert.Single(styles);
        Assert.All(scripts.Concat(styles), content => Assert.Contains($"'{Hash(content)}'", policy, StringComparison.Ordinal));
        Assert.DoesNotMatch("<(script|img|link|iframe)[^>]* (src|href)=", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_documents_is_escaped_and_only_web_addresses_become_links()
    {
        var deal = TestDeals.Deal("hostile") with
        {
            Title = "</script><script>alert(1)</script>",
            Parties = [Investor with { Name = "<img src=x onerror=alert(1)>" }, Lab],
            Investments = [TestDeals.Investing(Billion)],
            Sources = [new Source("a \"quoted\" title") { Url = "javascript:alert(1)" }, new Source("fine") { Url = "https://example.com/a?b=1&c=2" }],
        };
        var document = Document(deal);

        var html = HtmlReportWriter.ToHtml(Evaluation.Evaluate(document), MoneyGraph.Of([document]));

        Assert.Equal(3, Regex.Count(html, "<script"));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<li>a &quot;quoted&quot; title</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" target=\"_blank\">fine</a>", html, StringComparison.Ordinal);
        Assert.Contains("\\u003Cimg src=x onerror=alert(1)\\u003E", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vendored_layout_library_is_the_one_the_notices_name_by_hash()
    {
        var notices = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "THIRD-PARTY-NOTICES.md"));
        var vendor = Path.Combine(AppContext.BaseDirectory, "html-vendor");

        var files = Directory.GetFiles(vendor, "*.js");

        Assert.Equal(5, files.Length);
        Assert.All(files, file =>
            Assert.Contains($"`{Path.GetFileName(file)}` | `{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}`", notices, StringComparison.Ordinal));
    }

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    [GeneratedRegex("<tr id=\"finding-[0-9]+\"")]
    private static partial Regex FindingRow();
}
