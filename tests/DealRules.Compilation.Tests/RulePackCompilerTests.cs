
namespace DealRules.Compilation.Tests;

[Trait("Category", "Slow")]
public sealed class RulePackCompilerTests
{
    private const string Usings = "using DealRules.Authoring;\nusing DealRules.Facts;\nusing NRules.Fluent.Dsl;\n";

    private const string Metadata = """
        [RuleId("STRAT101")]
        [RuleTitle("Test rule")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]

        """;

    [Fact]
    public void Pack_with_an_error_level_diagnostic_is_refused_with_file_line_and_id()
    {
        var compiled = RulePackCompiler.Compile([("Rules/NoConditions.cs", Usings + Metadata + """
            public sealed class NoConditionsRule : Rule
            {
                public override void Define()
                {
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "none"));
                }
            }
            """)], "broken");

        Assert.False(compiled.Succeeded);
        Assert.Equal("Rules/NoConditions.cs(11,26): error DR1003: Define() of 'NoConditionsRule' declares no left-hand side (no Match, Exists, Not, All, Query, …)",
            Assert.Single(compiled.Errors).ToString());
    }

    [Fact]
    public void Pack_with_warnings_loads_and_lists_them()
    {
        var compiled = RulePackCompiler.Compile([("Warned.cs", Usings + Metadata + """
            public sealed class TimeRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal, d => d.Deal.Announced < System.DateOnly.FromDateTime(System.DateTime.Now));
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "old").From(deal.StatusPointer));
                }
            }
            """)], "warned");

        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Errors));
        Assert.Contains(compiled.Warnings, w => w.Id == "DR1009" && !w.IsError);
    }

    [Fact]
    public void Files_and_other_forbidden_apis_are_refused()
    {
        var compiled = RulePackCompiler.Compile([("Leaky.cs", Usings + Metadata + """
            public sealed class LeakyRule : Rule
            {
                public override void Define()
                {
                    DealFact deal = default!;
                    When().Match(() => deal, d => System.IO.File.Exists(d.Deal.Id));
                    Then().Yield(ctx => ctx.Finding(Severity.Info, "leak").From(deal.StatusPointer));
                }
            }
            """)], "leaky");

        Assert.False(compiled.Succeeded);
        Assert.Contains(compiled.Errors, e => e.Id == "DR2005" && e.Message.Contains("File.Exists", StringComparison.Ordinal));
    }
}
