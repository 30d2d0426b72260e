namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, item 14: standard input is a document source, and the sample runs only when nothing is piped in.</summary>
public sealed class StandardInputTests
{
    [Fact]
    public void Dash_reads_the_document_from_standard_input()
    {
        var run = CommandRun.WithInput(File.ReadAllText(CommandRun.Example), "evaluate", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"source\": \"<stdin>\"", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void No_path_with_something_piped_in_evaluates_what_was_piped_not_the_sample()
    {
        var run = CommandRun.WithInput(Documents.Small("piped-deal"), "evaluate", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"id\": \"piped-deal\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("amazon", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_piped_in_is_no_documents_not_the_sample()
    {
        var run = CommandRun.WithInput("", "evaluate");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(["<stdin>: $: no documents: nothing was piped in; name files or folders, or pipe a document in"], run.ProblemLines);
    }

    [Fact]
    public void Empty_pipe_from_a_real_shell_is_no_documents()
    {
        var run = CliProcess.Shell("true | $DEALRULES evaluate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("<stdin>: $: no documents: nothing was piped in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_named_twice_is_a_problem()
    {
        var run = CommandRun.WithInput(Documents.Small("piped-deal"), "evaluate", "-", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-: $: standard input is named twice; it can be read once", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reads_standard_input_too()
    {
        var run = CommandRun.WithInput(Documents.Small("piped-deal"), "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("<stdin>: valid (piped-deal)\n1 document valid.\n", run.Out);
    }
}
