namespace DealRules.Cli.Tests;

[Trait("Category", "Slow")]
public sealed class RulesOptionTests
{
    private static string Example => Path.Combine(CommandRun.Samples, "amazon-openai-2025-12.json");

    private static string Repository
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(directory!.FullName, "RulesEngine.sln")))
            {
                directory = directory.Parent;
            }

            return directory.FullName;
        }
    }

    [Fact]
    public void Shipped_catalog_compiled_from_its_source_instead_of_the_catalog_gives_the_same_report()
    {
        var fromSource = CommandRun.Of("evaluate", Example, "--format", "json", "--rules", Path.Combine(Repository, "rules", "DealRules.Strategic"), "--no-catalog");

        Assert.Equal(0, fromSource.ExitCode);
        Assert.Equal(CommandRun.Of("evaluate", Example, "--format", "json").Out, fromSource.Out);
    }

    [Fact]
    public void Pack_with_an_error_is_refused_with_exit_3_and_its_diagnostics()
    {
        using var folder = new TemporaryFolder();
        var rule = folder.File("NoConditionsRule.cs", """
            using DealRules.Authoring;
            using NRules.Fluent.Dsl;

            [RuleId("STRAT101")]
            [RuleTitle("No conditions")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class NoConditionsRule : Rule
            {
                public override void Define() => Then().Do(ctx => ctx.Halt());
            }
            """);

        var run = CommandRun.Of("evaluate", Example, "--rules", folder.Path);

        Assert.Equal(3, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"{rule}(11,26): error DR1003: Define() of 'NoConditionsRule' declares no left-hand side", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_that_never_finishes_is_stopped_at_its_deadline_with_exit_3_and_nothing_written()
    {
        using var folder = new TemporaryFolder();
        folder.File("SpinRule.cs", SpinningPack.Source);
        var report = System.IO.Path.Combine(folder.Path, "report.json");

        var run = CommandRun.Of("evaluate", Example, "--rules", folder.Path, "--rules-timeout", "3", "--output", report, "--format", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"The rule pack '{new DirectoryInfo(folder.Path).Name}' did not finish within its evaluation deadline of 3 s", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void Escape_sequences_a_pack_puts_in_its_findings_are_shown_never_obeyed(string format)
    {
        using var folder = new TemporaryFolder();
        folder.File("EscapeRule.cs", """
            using DealRules.Authoring;
            using DealRules.Facts;
            using NRules.Fluent.Dsl;

            [RuleId("STRAT101")]
            [RuleTitle("Escapes")]
            [RuleCategory(Category.Strategic)]
            [RulePerspective(Perspective.Market)]
            [DefaultSeverity(Severity.Info)]
            public sealed class EscapeRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal);
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "ok\u001b]52;c;cm0gLXJmIH4K\u0007\u001b[2K\rnothing to see").From(deal.StatusPointer));
                }
            }
            """);

        var run = CommandRun.Of("evaluate", Example, "--rules", folder.Path, "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        // Shown as text: the table writes \u001b; Markdown escapes that backslash and the bracket too.
        Assert.Contains(format == "markdown" ? @"\\u001b\]52;c;" : @"\u001b]52;c;", run.Out, StringComparison.Ordinal);
    }
}
