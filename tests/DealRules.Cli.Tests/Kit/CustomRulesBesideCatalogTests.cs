using System.Text.Json;

namespace DealRules.Cli.Tests.Kit;

/// <summary><c>--rules DIR</c> adds a pack from source beside the shipped catalog; <c>--no-catalog</c> replaces the catalog.</summary>
[Trait("Category", "Slow")]
public sealed class CustomRulesBesideCatalogTests
{
    private const string EveryDealRule = """
        using DealRules.Authoring;
        using DealRules.Facts;
        using NRules.Fluent.Dsl;

        [RuleId("STRAT101")]
        [RuleTitle("Every deal is noted")]
        [RuleCategory(Category.Strategic)]
        [RulePerspective(Perspective.Market)]
        [DefaultSeverity(Severity.Info)]
        public sealed class EveryDealRule : Rule
        {
            public override void Define()
            {
                DealFact deal = default!;
                When().Match(() => deal, d => d.Deal.Parties.Count > 1);
                Then().Yield(ctx => ctx.Finding(Severity.Info, "noted").From(deal.StatusPointer));
            }
        }
        """;

    [Fact]
    public void A_pack_beside_the_catalog_adds_its_findings_and_its_rules_to_the_count()
    {
        using var folder = new TemporaryFolder();
        folder.File("EveryDealRule.cs", EveryDealRule);

        var alone = Report(CommandRun.Of("evaluate", CommandRun.Example, "--format", "json"));
        var beside = Report(CommandRun.Of("evaluate", CommandRun.Example, "--format", "json", "--rules", folder.Path));
        var replacing = Report(CommandRun.Of("evaluate", CommandRun.Example, "--format", "json", "--rules", folder.Path, "--no-catalog"));

        Assert.Equal(alone.Rules + 1, beside.Rules);
        Assert.Equal(alone.RuleIds.Append("STRAT101").Order(StringComparer.Ordinal), beside.RuleIds);
        Assert.Equal(1, replacing.Rules);
        Assert.Equal(["STRAT101"], replacing.RuleIds);
    }

    [Fact]
    public void A_pack_rule_whose_id_the_catalog_uses_is_refused_naming_both()
    {
        using var folder = new TemporaryFolder();
        folder.File("Clash.cs", EveryDealRule.Replace("STRAT101", "STRAT001", StringComparison.Ordinal));

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--rules", folder.Path);

        Assert.Equal(3, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"Rule id 'STRAT001' is used by DealRules.Strategic (AnchorWorkloadRule) and by {new DirectoryInfo(folder.Path).Name} (EveryDealRule); rename the rule of your pack.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_a_custom_pack_beside_the_catalog_or_alone()
    {
        using var folder = new TemporaryFolder();
        folder.File("EveryDealRule.cs", EveryDealRule);

        var beside = CommandRun.Of("rules", "--rules", folder.Path, "--format", "json");
        var alone = CommandRun.Of("rules", "--rules", folder.Path, "--no-catalog", "--format", "json");

        Assert.Equal(0, beside.ExitCode);
        Assert.Equal(23, JsonDocument.Parse(beside.Out).RootElement.GetProperty("rules").GetArrayLength());
        var only = Assert.Single(JsonDocument.Parse(alone.Out).RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal("STRAT101", only.GetProperty("id").GetString());
    }

    [Fact]
    public void A_trusted_pack_in_process_can_be_explained_beside_the_catalog()
    {
        using var folder = new TemporaryFolder();
        folder.File("EveryDealRule.cs", EveryDealRule);

        var run = CommandRun.Of("explain", "STRAT101", CommandRun.Example, "--rules", folder.Path, "--rules-in-process");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("STRAT101 Every deal is noted: fired 1 time on 1 deal.", run.Out, StringComparison.Ordinal);
        Assert.Contains("  1. deal (DealFact): deal.Deal.Parties.Count > 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fired on: DealFact amazon-openai-2025-12", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_catalog_without_a_pack_is_a_usage_error()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--no-catalog");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-catalog needs --rules", run.Error, StringComparison.Ordinal);
    }

    private static (int Rules, string[] RuleIds) Report(CommandRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return (json.RootElement.GetProperty("summary").GetProperty("rulesEvaluated").GetInt32(),
            json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray());
    }
}
