using System.Text.Json;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, items 15 and 18: the format follows the output file, and everything has a machine-readable form.</summary>
public sealed class OutputFormatTests
{
    [Theory]
    [InlineData("report.json", "{")]
    [InlineData("report.md", "# DealRules report")]
    [InlineData("report.sarif", "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif")]
    [InlineData("report.txt", "── amazon-openai-2025-12")]
    public void Output_extension_chooses_the_format(string name, string start)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, name);

        var run = CommandRun.Of("evaluate", CommandRun.Example, "-o", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_as_output_is_standard_output()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "-o", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CommandRun.Of("evaluate", CommandRun.Example, "--format", "json").Out, run.Out);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Format_option_wins_over_the_extension()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "report.json");

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--output", path, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# DealRules report", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_names_the_findings_that_crossed_the_line()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--fail-on", "medium", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            dealrules: 4 findings crossed the line:
              high CIRC001 on amazon-openai-2025-12 (amazon, openai): at or above --fail-on medium
              medium CHIP001 on amazon-openai-2025-12 (amazon, openai): at or above --fail-on medium
              medium GOV002 on amazon-openai-2025-12 (amazon, openai): at or above --fail-on medium
              medium GOV003 on amazon-openai-2025-12 (amazon, openai, anthropic): at or above --fail-on medium

            """.ReplaceLineEndings("\n"), run.Error);
    }

    [Fact]
    public void Validate_json_lists_problems_with_line_column_and_location()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.File("typo.json", Documents.Small("typo-deal").Replace("\"amount\": 1000000000", "\"amout\": 1000000000", StringComparison.Ordinal));

        var run = CommandRun.Of("validate", deal, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(deal, problem.GetProperty("file").GetString());
        Assert.Equal("$.investments[0].amout", problem.GetProperty("location").GetString());
        Assert.Equal(10, problem.GetProperty("line").GetInt32());
        Assert.Equal(63, problem.GetProperty("column").GetInt32());
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Rules_json_lists_every_rule_and_parameter()
    {
        var run = CommandRun.Of("rules", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(22, json.RootElement.GetProperty("rules").GetArrayLength());
        var medium = json.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "circular.spendBackMedium");
        Assert.Equal(0.5m, medium.GetProperty("default").GetDecimal());
        Assert.Equal("circular.spendBackHigh", medium.GetProperty("atMost").GetString());
    }
}
