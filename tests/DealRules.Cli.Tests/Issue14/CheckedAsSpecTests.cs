namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, items 10–13, through the command: patterns whole, portfolios consistent, severities by name, profiles coherent.</summary>
public sealed class CheckedAsSpecTests
{
    [Fact]
    public void Party_id_with_a_trailing_newline_does_not_become_a_second_party()
    {
        using var folder = new TemporaryFolder();
        folder.File("one.json", Documents.Small("deal-one"));
        var second = folder.File("two.json", Documents.Small("deal-two", partyB: "beta\n"));

        var run = CommandRun.Of("evaluate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{second}: $.parties[1].id: 'beta\\u000a' is not an id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Party_declared_with_two_kinds_in_one_portfolio_is_an_error_naming_both_files()
    {
        using var folder = new TemporaryFolder();
        var first = folder.File("a.json", Documents.Small("deal-a"));
        var second = folder.File("b.json", Documents.Small("deal-b", kindB: "neo-cloud"));

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            [$"{second}: $.parties[1].kind: party 'beta' is 'neo-cloud' here but 'ai-lab' in {first} ($.parties[1].kind); a party id names one party, of one kind, in every document of a portfolio"],
            run.ProblemLines);
    }

    [Fact]
    public void Party_with_two_names_is_a_warning_and_the_portfolio_is_evaluated()
    {
        using var folder = new TemporaryFolder();
        var first = folder.File("a.json", Documents.Small("deal-a"));
        var second = folder.File("b.json", Documents.Small("deal-b", nameB: "Beta Labs"));

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"warning: {second}: $.parties[1].name: party 'beta' is named 'Beta Labs' here but 'Beta' in {first} ($.parties[1].name); reports use the name from the first document by deal id\n", run.Error);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("3")]
    [InlineData("HIGH")]
    public void Fail_on_accepts_only_severity_names(string value)
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--fail-on", value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"dealrules: Argument '{value}' not recognized. Must be one of: 'critical' 'high' 'medium' 'low' 'info'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictory_profile_is_refused()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("odd.json", """{ "circular.spendBackMedium": 3, "circular.spendBackHigh": 2 }""");

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--profile", profile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{profile}: $.circular.spendBackMedium: parameter 'circular.spendBackMedium' is 3, above 'circular.spendBackHigh' at 2; expected at most 2, or no finding could fall between the two levels"], run.ProblemLines);
    }

    [Fact]
    public void Profile_with_a_byte_order_mark_is_accepted()
    {
        using var folder = new TemporaryFolder();
        var profile = Path.Combine(folder.Path, "bom.json");
        File.WriteAllText(profile, """{ "circular.spendBackHigh": 5 }""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--profile", profile, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"profile\": \"bom\"", run.Out, StringComparison.Ordinal);
    }
}
