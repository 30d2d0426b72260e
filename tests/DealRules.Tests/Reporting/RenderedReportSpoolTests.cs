using DealRules.Tests.Support;
using System.Text;
using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Tests.Reporting;

/// <summary>A spool that renders each finding's JSON as it is added: the report it writes is byte for byte the one written from the findings.</summary>
public sealed class RenderedReportSpoolTests
{
    private static readonly DealEvaluator Evaluator = new(RulePack.FromAssemblyOf<StrategicRules>());

    private const string Odd = "lone \ud800 surrogate, \u0001 control, \"quotes\", <tag> & 'apostrophe', back\\slash, emoji \ud83d\ude00, café, 中文, \u2028 separator";

    public static TheoryData<string, bool> Portfolios => new()
    {
        { "independent", true }, { "dense", true }, { "mixed", true }, { "mixed", false },
    };

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Writes_the_bytes_of_the_merged_report(string kind, bool renderJson)
    {
        var parts = PartsOf(kind);
        using var spool = Spooled(parts, renderJson);

        Assert.True(spool.FindingCount > 100);
        Assert.Equal(Json(ReportMerger.Merge(parts)), Json(spool));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Writes_the_bytes_of_the_merged_report_compared_with_a_baseline(bool renderJson)
    {
        var parts = PartsOf("mixed");
        var merged = ReportMerger.Merge(parts);
        // The baseline lacks every third finding (new now), holds some twice (one gone) and one that is no more.
        var earlier = merged with
        {
            Findings = [.. merged.Findings.Where((_, i) => i % 3 != 0), .. merged.Findings.Where((_, i) => i % 7 == 1), OddFinding("gone", Severity.High)],
        };
        var baseline = Baseline.Read(Encoding.UTF8.GetBytes(ReportJsonWriter.ToJson(earlier)), "earlier.json", out var problems)!;
        Assert.Empty(problems);
        using var spool = Spooled(parts, renderJson);

        using var expected = new MemoryStream();
        ReportJsonWriter.Write(merged, expected, baseline);
        using var written = new MemoryStream();
        spool.WriteJson(written, baseline, CancellationToken.None);

        var text = Encoding.UTF8.GetString(written.ToArray());
        Assert.Contains("\"baseline\": \"new\"", text, StringComparison.Ordinal);
        Assert.Contains("\"baseline\": \"unchanged\"", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Renders_every_kind_of_field_escaped_as_the_report_writer_does(int partCount)
    {
        var findings = new[]
        {
            OddFinding("a", Severity.High),
            OddFinding("b", Severity.Low) with { DealIds = [], Parties = [], Facts = [], Evidence = Evidence.Empty },
            OddFinding("c", Severity.Medium) with { Evidence = Evidence.Empty.With("none", Array.Empty<string>()).With("negative", -0.000100m).With("big", 79228162514264337593543950335m).With("off", false) },
        };
        var parts = Enumerable.Range(0, partCount).Select(p => Report([.. findings.Select(f => f with { RuleId = $"{f.RuleId}{p}" })])).ToArray();
        using var spool = Spooled(parts, renderJson: true);

        Assert.Equal(Json(ReportMerger.Merge(parts)), Json(spool));
    }

    [Fact]
    public void Findings_with_one_key_in_two_runs_keep_the_order_of_the_runs()
    {
        // Equal in every field the report is ordered by; only the title and evidence tell them apart.
        var first = OddFinding("same", Severity.Medium) with { Title = "first run", Evidence = Evidence.Empty.With("run", 1m) };
        var second = first with { Title = "second run", Evidence = Evidence.Empty.With("run", 2m) };
        var before = OddFinding("same", Severity.High) with { Title = "before" };
        var after = OddFinding("same", Severity.Low) with { Title = "after" };
        using var spool = Spooled([Report([before, first, after]), Report([second]), Report([first with { Title = "third run" }])], renderJson: true);

        var titles = spool.ToReport().Findings.Select(f => f.Title).ToArray();
        var json = Encoding.UTF8.GetString(Json(spool));

        Assert.Equal(["before", "first run", "second run", "third run", "after"], titles);
        Assert.True(json.IndexOf("first run", StringComparison.Ordinal) < json.IndexOf("second run", StringComparison.Ordinal));
        Assert.True(json.IndexOf("second run", StringComparison.Ordinal) < json.IndexOf("third run", StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_stops_between_findings_when_cancelled()
    {
        using var spool = Spooled(PartsOf("mixed"), renderJson: true);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var written = new MemoryStream();

        Assert.Throws<OperationCanceledException>(() => spool.WriteJson(written, null, cancelled.Token));
        Assert.DoesNotContain("\"ruleId\"", Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_compare_as_the_report_orders_findings()
    {
        var basis = OddFinding("R1", Severity.Medium);
        var findings = new List<Finding>
        {
            basis,
            basis with { Severity = Severity.High },
            basis with { RuleId = "R10" },
            basis with { RuleId = "R" },
            basis with { RuleId = "R\ud800" },
            basis with { RuleId = "R\uffff" },
            basis with { DealIds = [] },
            basis with { DealIds = [.. basis.DealIds, "z"] },
            basis with { DealIds = ["a", .. basis.DealIds] },
            basis with { Parties = [] },
            basis with { Parties = ["a"] },
            basis with { Parties = [.. basis.Parties, ""] },
            basis with { Message = "" },
            basis with { Message = basis.Message + "x" },
            basis with { Facts = [] },
            basis with { Facts = ["a", "b"] },
            basis with { Facts = [.. basis.Facts, "a"] },
            basis with { Title = "only the title differs" },
        };
        findings.AddRange(PartsOf("mixed").SelectMany(p => p.Findings).Take(60));

        var keys = findings.Select(Key).ToArray();
        for (var i = 0; i < findings.Count; i++)
        {
            for (var j = 0; j < findings.Count; j++)
            {
                Assert.True(
                    Math.Sign(FindingOrder.Instance.Compare(findings[i], findings[j])) == Math.Sign(SpooledFinding.Compare(keys[i], keys[j])),
                    $"{i} against {j}");
            }
        }
    }

    private static byte[] Key(Finding finding)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        SpooledFinding.Write(stream, writer, finding, default);
        return SpooledFinding.Key(stream.ToArray().AsSpan(4)).ToArray();
    }

    private static ReportSpool Spooled(IEnumerable<EvaluationReport> parts, bool renderJson)
    {
        var spool = new ReportSpool(null, renderJson);
        foreach (var part in parts)
        {
            spool.Add(part);
        }

        return spool;
    }

    private static byte[] Json(ReportSpool spool)
    {
        using var stream = new MemoryStream();
        spool.WriteJson(stream);
        return stream.ToArray();
    }

    private static byte[] Json(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        ReportJsonWriter.Write(report, stream);
        return stream.ToArray();
    }

    private static Finding OddFinding(string ruleId, Severity severity) => new()
    {
        RuleId = ruleId,
        Title = Odd,
        Category = Category.Circular,
        Severity = severity,
        Perspective = Perspective.Market,
        DealIds = [Odd, "d2"],
        Parties = ["a", Odd],
        Message = Odd,
        Evidence = Evidence.Empty.With("number", 1.2345m).With("flag", true).With("text", Odd).With("texts", new[] { Odd, "b" }).With(Odd, 0m),
        Facts = [$"{Odd}#/investments/0", "d2#/commitments/1"],
    };

    private static EvaluationReport Report(Finding[] findings)
    {
        Array.Sort(findings, FindingOrder.Instance);
        return new EvaluationReport
        {
            Profile = "p",
            Deals = [],
            Findings = findings,
            Summary = new ReportSummary(1, findings.Length, Enum.GetValues<Severity>().ToDictionary(s => s, s => findings.Count(f => f.Severity == s))),
            Errors = [],
        };
    }

    /// <summary>A portfolio evaluated in parts, as the command does with a large folder.</summary>
    private static List<EvaluationReport> PartsOf(string kind) => PortfolioParts.Of(kind, 29, Evaluator);
}
