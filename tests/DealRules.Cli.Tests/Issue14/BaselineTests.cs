using System.Text.Json;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, item 20: review workflows — what is new, gone and unchanged against an earlier report, and filters.</summary>
public sealed class BaselineTests
{
    /// <summary>An earlier report of the loop portfolio alone; then the example deal joins it.</summary>
    private static (TemporaryFolder Folder, string Baseline, string Now) LoopThenAll()
    {
        var folder = new TemporaryFolder();
        var loop = Path.Combine(CommandRun.Samples, "loop-portfolio");
        var baseline = folder.File("old-report.json", CommandRun.Of("evaluate", loop, "--format", "json").Out);
        var now = Directory.CreateDirectory(Path.Combine(folder.Path, "now")).FullName;
        foreach (var file in Directory.GetFiles(loop).Append(CommandRun.Example))
        {
            File.Copy(file, Path.Combine(now, Path.GetFileName(file)));
        }

        return (folder, baseline, now);
    }

    [Fact]
    public void Json_report_marks_each_finding_new_or_unchanged_and_lists_the_gone()
    {
        var (folder, baseline, now) = LoopThenAll();
        using var _ = folder;
        File.Delete(Path.Combine(now, "orbit-quanta-2026-06.json")); // breaks the loop: CIRC003 goes

        var run = CommandRun.Of("evaluate", now, "--format", "json", "--baseline", baseline);

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.All(findings.Where(f => f.GetProperty("dealIds")[0].GetString() == "amazon-openai-2025-12"), f => Assert.Equal("new", f.GetProperty("baseline").GetString()));
        var summary = report.RootElement.GetProperty("baseline");
        Assert.Equal(9, summary.GetProperty("new").GetInt32());
        Assert.Equal(findings.Length - 9, summary.GetProperty("unchanged").GetInt32());
        Assert.Contains(summary.GetProperty("gone").EnumerateArray(), g => g.GetProperty("ruleId").GetString() == "CIRC003");
    }

    [Fact]
    public void Report_without_a_baseline_has_no_baseline_fields()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--format", "json");

        Assert.DoesNotContain("\"baseline\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_new_ignores_findings_that_were_already_there()
    {
        var (folder, baseline, now) = LoopThenAll();
        using var _ = folder;
        var unchangedOnly = CommandRun.Of("evaluate", Path.Combine(CommandRun.Samples, "loop-portfolio"), "--baseline", baseline, "--fail-on-new", "info");
        var withNew = CommandRun.Of("evaluate", now, "--baseline", baseline, "--fail-on-new", "high");

        Assert.Equal(0, unchangedOnly.ExitCode);
        Assert.Equal(1, withNew.ExitCode);
        Assert.Contains("high CIRC001 on amazon-openai-2025-12 (amazon, openai): new, at or above --fail-on-new high", withNew.Error, StringComparison.Ordinal);
        Assert.Contains("dealrules: 1 finding crossed the line:", withNew.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_new_without_a_baseline_is_a_usage_error()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--fail-on-new", "high");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dealrules: --fail-on-new needs --baseline", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_and_markdown_show_new_and_gone_findings()
    {
        var (folder, baseline, now) = LoopThenAll();
        using var _ = folder;
        File.Delete(Path.Combine(now, "orbit-quanta-2026-06.json"));

        var table = CommandRun.Of("evaluate", now, "--baseline", baseline);
        var markdown = CommandRun.Of("evaluate", now, "--baseline", baseline, "--format", "markdown");

        Assert.Contains("Gone since the baseline:\n  high CIRC003 on lumen-orbit-2026-04, orbit-quanta-2026-06, quanta-lumen-2026-02: ", table.Out, StringComparison.Ordinal);
        Assert.Contains("; 9 new, ", table.Out, StringComparison.Ordinal);
        Assert.Contains("| high | CIRC001 (new) Investment flows back as spend |", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("## Gone since the baseline", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_that_is_not_a_report_is_bad_input()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--baseline", CommandRun.Example);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{CommandRun.Example}: $.findings: expected a report of dealrules evaluate --format json, with an array of findings"], run.ProblemLines);
    }

    [Fact]
    public void Rule_and_min_severity_filter_the_report_and_its_counts()
    {
        var byRule = CommandRun.Of("evaluate", CommandRun.Example, "--format", "json", "--rule", "CIRC001", "--rule", "GOV002");
        var bySeverity = CommandRun.Of("evaluate", CommandRun.Example, "--format", "json", "--min-severity", "medium");

        using var rules = JsonDocument.Parse(byRule.Out);
        using var severities = JsonDocument.Parse(bySeverity.Out);
        Assert.Equal(["CIRC001", "GOV002"], rules.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal(2, rules.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(["high", "medium", "medium", "medium"], severities.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()));
    }
}
