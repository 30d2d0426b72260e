using DealRules.Documents;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, items 16–17: progress only on a terminal's standard error, counted in documents; help that helps.</summary>
public sealed class ProgressAndHelpTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("table")]
    public void Progress_goes_to_a_terminal_standard_error_in_documents_and_never_into_the_report(string format)
    {
        using var folder = new TemporaryFolder();
        foreach (var deal in new SyntheticDeals(17).Independent(60))
        {
            folder.File($"{deal.Id}.json", DealDocumentWriter.Write(deal));
        }

        var run = CommandRun.Run(console => console with { ErrorIsTerminal = true }, CommandRun.Catalog, "evaluate", folder.Path, "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checking documents", run.Error, StringComparison.Ordinal);
        Assert.Contains("Evaluating documents", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Checking documents", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Equal(CommandRun.Of("evaluate", folder.Path, "--format", format).Out, run.Out);
    }

    [Fact]
    public void No_progress_when_standard_error_is_not_a_terminal()
    {
        using var folder = new TemporaryFolder();
        foreach (var deal in new SyntheticDeals(17).Independent(60))
        {
            folder.File($"{deal.Id}.json", DealDocumentWriter.Write(deal));
        }

        Assert.Empty(CommandRun.Of("evaluate", folder.Path, "--format", "json").Error);
    }

    [Fact]
    public void Bare_command_prints_help()
    {
        var run = CommandRun.Of();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[command] [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("evaluate", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Help_lists_values_in_lower_case_as_typed()
    {
        var run = CommandRun.Of("evaluate", "--help");

        Assert.Contains("--format <html|json|markdown|sarif|table>", run.Out, StringComparison.Ordinal);
        Assert.Contains("--fail-on <critical|high|medium|low|info>", run.Out, StringComparison.Ordinal);
        Assert.Contains("-o, --output <FILE>", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "evalute", "x.json" }, "Unrecognized command or argument 'evalute'. Did you mean 'evaluate'?")]
    [InlineData(new[] { "evaluate", "--fromat", "json" }, "Unrecognized option '--fromat'. Did you mean '--format'?")]
    [InlineData(new[] { "validate", "--exlude", "x" }, "Unrecognized option '--exlude'. Did you mean '--exclude'?")]
    public void Mistyped_command_or_option_gets_a_suggestion(string[] args, string expected)
    {
        var run = CommandRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"dealrules: {expected}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--min-severity", "severe")]
    public void Errors_never_name_internal_types(string option, string value)
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("DealRules.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Argument '{value}' not recognized. Must be one of:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_completion_offers_the_options_and_their_values()
    {
        var options = CommandRun.Of("[suggest:9]", "evaluate ");
        var formats = CommandRun.Of("[suggest:18]", "evaluate --format ");

        Assert.Contains("--baseline\n", options.Out, StringComparison.Ordinal);
        Assert.Equal("html\njson\nmarkdown\nsarif\ntable\n", formats.Out.ReplaceLineEndings("\n"));
    }
}
