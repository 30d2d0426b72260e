using System.Text.Json;

namespace DealRules.Cli.Tests;

public sealed class EvaluateCommandTests
{
    private static string Example => Path.Combine(CommandRun.Samples, "amazon-openai-2025-12.json");

    [Fact]
    public void Evaluate_with_no_path_and_nothing_piped_evaluates_the_shipped_corpus_and_says_so()
    {
        var deals = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "deals"), "*.json").Length;

        var run = CommandRun.Of("evaluate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nvidia-openai-2025-09", run.Out, StringComparison.Ordinal);
        Assert.Contains("CIRC003", run.Out, StringComparison.Ordinal);
        Assert.Contains($"from 22 rules on {deals} deals, profile default.", run.Out, StringComparison.Ordinal);
        Assert.Equal($"dealrules: no path given and nothing piped in; evaluating the {deals} real deals shipped in the tool (rules/deals, public reporting 2019-2026). Name files or folders, or pipe a document in, to evaluate your own.",
            run.Error.Trim());
    }

    [Fact]
    public void Evaluate_with_no_path_gives_the_report_of_the_corpus_folder()
    {
        var shipped = CommandRun.Of("evaluate", "--format", "json").Out;
        var folder = CommandRun.Of("evaluate", Path.Combine(AppContext.BaseDirectory, "deals"), "--format", "json").Out;

        Assert.Equal(Findings(folder), Findings(shipped));
    }

    private static string Findings(string report)
    {
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("findings").GetRawText();
    }

    [Fact]
    public void Json_format_writes_the_report_of_the_contract()
    {
        var run = CommandRun.Of("evaluate", Example, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("default", root.GetProperty("profile").GetString());
        Assert.Equal(9, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(3.8m, root.GetProperty("findings")[0].GetProperty("evidence").GetProperty("spendBackRatio").GetDecimal());
        Assert.Equal(18, root.GetProperty("summary").GetProperty("rulesEvaluated").GetInt32());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Markdown_format_has_a_table_row_per_finding()
    {
        var run = CommandRun.Of("evaluate", Example, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# DealRules report", run.Out, StringComparison.Ordinal);
        Assert.Equal(9, run.Out.Split('\n').Count(line => line.StartsWith("| high |", StringComparison.Ordinal) || line.StartsWith("| medium |", StringComparison.Ordinal)
            || line.StartsWith("| low |", StringComparison.Ordinal) || line.StartsWith("| info |", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("high", 1)]
    [InlineData("critical", 0)]
    public void Fail_on_exits_1_when_a_finding_reaches_the_severity(string severity, int expected)
    {
        Assert.Equal(expected, CommandRun.Of("evaluate", Example, "--fail-on", severity).ExitCode);
    }

    [Fact]
    public void Output_writes_the_report_to_the_file_and_nothing_to_standard_output()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "report.json");

        var run = CommandRun.Of("evaluate", Example, "--format", "json", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(CommandRun.Of("evaluate", Example, "--format", "json").Out, File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_that_cannot_be_written_is_bad_input_and_leaves_nothing_behind()
    {
        using var folder = new TemporaryFolder();
        var taken = Directory.CreateDirectory(Path.Combine(folder.Path, "report.json")).FullName;

        var run = CommandRun.Of("evaluate", Example, "--format", "json", "--output", taken);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"dealrules: --output {taken}: is a folder; expected a file to write the report into.\n", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal([taken], Directory.GetFileSystemEntries(folder.Path));
        Assert.Empty(Directory.GetFileSystemEntries(taken));
    }

    [Fact]
    public void Folder_with_one_bad_file_among_good_ones_evaluates_nothing_and_exits_2()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Example, "good/amazon.json");
        var bad = folder.File("bad.json", """{ "schemaVersion": 1, "id": "bad", "title": "Bad", "status": "maybe", "parties": [] }""");
        var output = Path.Combine(folder.Path, "report.json");

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.False(File.Exists(output));
        Assert.Contains($"{bad}: $.status: 'maybe' is not allowed; expected one of: rumored, reported, announced, signed, closed, terminated", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{bad}: $.parties: a deal needs at least two parties", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_bad_input()
    {
        var run = CommandRun.Of("evaluate", "no-such-deal.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-deal.json: $: no such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_changes_a_threshold()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("lenient.json", """{ "circular.spendBackHigh": 5 }""");

        var run = CommandRun.Of("evaluate", Example, "--format", "json", "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal("lenient", report.RootElement.GetProperty("profile").GetString());
        var circular = report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "CIRC001");
        Assert.Equal("medium", circular.GetProperty("severity").GetString());
    }

    [Fact]
    public void Profile_with_an_unknown_parameter_is_bad_input_naming_it()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("typo.json", """{ "circular.spendBackHihg": 5 }""");

        var run = CommandRun.Of("evaluate", Example, "--profile", profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{profile}: $.circular.spendBackHihg: unknown parameter 'circular.spendBackHihg'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--fail-on", "severe")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_2(params string[] options)
    {
        var run = CommandRun.Of(["evaluate", Example, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'dealrules evaluate --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_the_same_bytes_every_time()
    {
        Assert.Equal(CommandRun.Of("evaluate", CommandRun.Samples, "--format", "json").Out, CommandRun.Of("evaluate", CommandRun.Samples, "--format", "json").Out);
    }
}

public sealed class EvaluateCommandSampleTests
{
    [Fact]
    public void Bad_profile_stops_the_sample_evaluation_too()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("bad.json", """{ "chip.highSharePercent": 500 }""");

        var run = CommandRun.Of("evaluate", "--profile", profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("parameter 'chip.highSharePercent' is 500; expected 0–100", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_evaluated_in_batches_gives_the_report_of_one_evaluation()
    {
        using var folder = new TemporaryFolder();
        foreach (var sample in Directory.GetFiles(CommandRun.Samples, "*.json", SearchOption.AllDirectories))
        {
            folder.Copy(sample, Path.GetRelativePath(CommandRun.Samples, sample));
        }

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"ruleId\": \"CIRC003\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"findings\": 31", run.Out, StringComparison.Ordinal);
    }
}
