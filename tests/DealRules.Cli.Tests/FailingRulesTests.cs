using System.Text.Json;
using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Cli.Tests;

public sealed class FailingRulesTests
{
    private static string Example => Path.Combine(CommandRun.Samples, "amazon-openai-2025-12.json");

    [Fact]
    public void Rules_that_fail_to_load_exit_3_without_a_report()
    {
        var run = CommandRun.WithRules(() => throw new RulePackException("Rule class Broken has no [RuleId] attribute."), "evaluate", Example);

        Assert.Equal(3, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("the rules failed to load: Rule class Broken has no [RuleId] attribute.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_that_throws_while_evaluating_is_reported_and_exits_3()
    {
        var pack = RulePack.Create("throwing", [typeof(ThrowingRule), typeof(WorkingRule)], []);

        var run = CommandRun.WithRules(() => pack, "evaluate", Example, "--format", "json");

        Assert.Equal(3, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var error = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("STRAT801", error.GetProperty("ruleId").GetString());
        Assert.Equal("amazon-openai-2025-12", error.GetProperty("dealIds")[0].GetString());
        Assert.Equal("STRAT802", Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Contains("1 rule error", run.Error, StringComparison.Ordinal);
    }
}

[RuleId("STRAT801")]
[RuleTitle("Throws")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class ThrowingRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal, d => d.Deal.Title.Length / (d.Deal.Parties.Count - d.Deal.Parties.Count) > 0);
        Then().Yield(ctx => ctx.Finding(Severity.Info, "never"));
    }
}

[RuleId("STRAT802")]
[RuleTitle("Works")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class WorkingRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Yield(ctx => ctx.Finding(Severity.Info, "works").From(deal.StatusPointer));
    }
}
