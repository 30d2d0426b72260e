using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit3;

namespace DealRules.Tests.Snapshots;

/// <summary>
/// The JSON report of the shipped corpus of real deals (rules/deals, format 2), pinned as a reviewed
/// snapshot: what the README describes, and what `dealrules evaluate` shows with no path.
/// </summary>
public sealed class CorpusReportSnapshotTests
{
    [Fact]
    public void Report_of_the_shipped_corpus()
    {
        var report = Evaluation.Evaluate(Corpus.ReadAll());

        Snapshot.Match(JToken.Parse(ReportJsonWriter.ToJson(report)));
    }

    [Fact]
    public void The_corpus_counts_no_superseded_money_twice()
    {
        var documents = Corpus.ReadAll();
        var superseded = Supersession.SupersededIds(documents);

        var report = Evaluation.Evaluate(documents);

        Assert.NotEmpty(superseded);
        Assert.All(report.Findings, finding => Assert.DoesNotContain(finding.DealIds, superseded.Contains));
        Assert.All(report.Deals.Where(d => superseded.Contains(d.Id)), deal => Assert.NotEmpty(deal.SupersededBy));
    }

    [Fact]
    public void Every_corpus_document_is_format_2_and_names_its_sources_with_addresses()
    {
        Assert.All(Corpus.ReadAll(), document =>
        {
            Assert.Equal(2, document.Deal.SchemaVersion);
            Assert.NotEmpty(document.Deal.Sources);
            Assert.All(document.Deal.Sources, source => Assert.StartsWith("http", source.Url, StringComparison.Ordinal));
        });
    }
}
