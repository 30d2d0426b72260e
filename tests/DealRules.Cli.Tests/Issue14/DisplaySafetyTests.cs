using System.Runtime.Versioning;
using DealRules.Cli.Tests.Safety;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, item 22: what a document says is shown, never obeyed.</summary>
[SupportedOSPlatform("linux")]
public sealed class DisplaySafetyTests
{
    private const string Hostile = "Deal \u001b]0;pwned\u0007\u001b[2J\u001b[31mred\u202eevil";

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void Escape_sequences_in_a_title_reach_the_output_as_visible_text(string format)
    {
        var run = CommandRun.WithInput(Documents.Small("hostile-deal", title: Hostile), "evaluate", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.DoesNotContain('\u202e', run.Out);
        Assert.Contains(format == "markdown" ? "Deal \\\\u001b\\]0;pwned\\\\u0007\\\\u001b\\[2J\\\\u001b\\[31mred\\\\u202eevil" : "Deal \\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31mred\\u202eevil", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_syntax_in_a_name_is_shown_not_rendered()
    {
        var run = CommandRun.WithInput(Documents.Small("md-deal", title: "<img src=x onerror=alert(1)> [click](javascript:x) **bold** | cell"), "evaluate", "--format", "markdown");

        Assert.Contains("| `md-deal` | \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:x) \\*\\*bold\\*\\* \\| cell | signed |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Megabyte_property_name_is_cut_in_the_problem_line()
    {
        var name = new string('k', 1_000_000);
        var run = CommandRun.WithInput(Documents.Small("long-deal").Replace("\"status\": \"signed\",", $"\"status\": \"signed\", \"{name}\": 1,", StringComparison.Ordinal), "validate");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ProblemLines);
        Assert.StartsWith($"<stdin>: $.{new string('k', 254)}… (1,000,002 characters): unknown property; expected one of: ", line, StringComparison.Ordinal);
        Assert.True(line.Length < 1_000);
    }

    [Fact]
    public void Newline_in_a_file_name_keeps_the_problem_on_one_line()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("bad\nname.json", "{");

        var run = CommandRun.Of("validate", path);

        Assert.Equal([$"{folder.Path}/bad\\u000aname.json: $: is not valid JSON at line 1, column 2: the document ends before every object and array is closed"], run.ProblemLines);
    }

    [Fact]
    public void Unreadable_file_is_reported_as_unreadable_not_as_missing()
    {
        Assert.SkipUnless(Unix.HasSetpriv, "root reads any file; needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        var deal = folder.Copy(CommandRun.Example, "secret.json");
        File.SetUnixFileMode(deal, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, "validate", deal);

        Assert.Equal(2, code);
        Assert.StartsWith($"{deal}: $: permission denied\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_value_too_large_is_called_too_large()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("huge.json", """{ "strategic.anchorAmount": 1e400 }""");

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--profile", profile);

        Assert.Equal([$"{profile}: $.strategic.anchorAmount: parameter 'strategic.anchorAmount' is 1e400, which cannot be held exactly; expected a number below 7.9e28 with at most 28 significant digits"], run.ProblemLines);
    }
}
