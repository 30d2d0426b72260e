using DealRules.Tests.Support;
using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Tests.Reporting;

public sealed class ReportSpoolTests
{
    private static readonly DealEvaluator Evaluator = new(RulePack.FromAssemblyOf<StrategicRules>());

    public static TheoryData<string> Portfolios => ["independent", "dense", "mixed"];

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Writes_the_bytes_of_the_merged_report(string kind)
    {
        var parts = PartsOf(kind);
        using var spool = new ReportSpool();
        foreach (var part in parts)
        {
            spool.Add(part);
        }

        using var spooled = new MemoryStream();
        spool.WriteJson(spooled);
        using var merged = new MemoryStream();
        ReportJsonWriter.Write(ReportMerger.Merge(parts), merged);

        Assert.True(spool.FindingCount > 100);
        Assert.Equal(merged.ToArray(), spooled.ToArray());
        Assert.Equal(ReportJsonWriter.ToJson(ReportMerger.Merge(parts)), ReportJsonWriter.ToJson(spool.ToReport()));
    }

    [Fact]
    public void Counts_findings_by_severity_as_they_arrive()
    {
        var parts = PartsOf("mixed");
        using var spool = new ReportSpool();
        foreach (var part in parts)
        {
            spool.Add(part);
        }

        var merged = ReportMerger.Merge(parts);
        Assert.Equal(merged.Summary.Findings, spool.FindingCount);
        Assert.Equal(merged.Summary.BySeverity, spool.BySeverity);
    }

    [Fact]
    public void Gives_back_text_exactly_as_it_was_even_unpaired_surrogates()
    {
        var odd = "lone \ud800 surrogate, \u0001 control, \"quotes\", emoji \ud83d\ude00, café";
        var finding = new Finding
        {
            RuleId = "X001",
            Title = odd,
            Category = Category.Circular,
            Severity = Severity.Low,
            Perspective = Perspective.Market,
            DealIds = [odd],
            Parties = ["a", odd],
            Message = odd,
            Evidence = Evidence.Empty.With("number", 1.2345m).With("flag", true).With("text", odd).With("texts", new[] { odd, "b" }),
            Facts = [$"{odd}#/investments/0"],
        };
        var part = new EvaluationReport
        {
            Profile = "p",
            Deals = [],
            Findings = [finding],
            Summary = new ReportSummary(1, 1, new Dictionary<Severity, int> { [Severity.Low] = 1 }),
            Errors = [],
        };
        using var spool = new ReportSpool();
        spool.Add(part);

        var back = Assert.Single(spool.Findings());
        Assert.Equal(ReportJsonWriter.ToJson(part), ReportJsonWriter.ToJson(spool.ToReport()));
        Assert.Equal(odd, back.Message);
        Assert.Equal(finding.Evidence.Values.Select(v => v.Value.GetType()), back.Evidence.Values.Select(v => v.Value.GetType()));
    }

    [Fact]
    public void An_empty_spool_is_the_report_of_no_parts()
    {
        using var spool = new ReportSpool();

        Assert.Equal(ReportJsonWriter.ToJson(ReportMerger.Merge([])), ReportJsonWriter.ToJson(spool.ToReport()));
    }

    [Fact]
    public void Disposing_deletes_the_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("dealrules-spool-");
        try
        {
            var spool = new ReportSpool(folder.FullName);
            spool.Add(PartsOf("independent")[0]);
            spool.Add(PartsOf("independent")[1]);
            Assert.Single(Directory.GetFiles(folder.FullName));

            spool.Dispose();

            Assert.Empty(Directory.GetFiles(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void One_part_stays_in_memory_and_a_second_takes_both_to_disk()
    {
        var folder = Directory.CreateTempSubdirectory("dealrules-spool-");
        try
        {
            var parts = PartsOf("mixed");
            using var spool = new ReportSpool(folder.FullName);
            spool.Add(parts[0]);
            Assert.Empty(Directory.GetFiles(folder.FullName));
            Assert.Equal(ReportJsonWriter.ToJson(parts[0]), ReportJsonWriter.ToJson(spool.ToReport()));

            spool.Add(parts[1]);

            Assert.Single(Directory.GetFiles(folder.FullName));
            Assert.Equal(ReportJsonWriter.ToJson(ReportMerger.Merge(parts[..2])), ReportJsonWriter.ToJson(spool.ToReport()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A portfolio evaluated in parts, as the command does with a large folder.</summary>
    private static List<EvaluationReport> PartsOf(string kind) => PortfolioParts.Of(kind, 23, Evaluator);
}
