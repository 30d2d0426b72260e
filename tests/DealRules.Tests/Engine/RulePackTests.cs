using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Tests.Engine.TestRules;

namespace DealRules.Tests.Engine;

public sealed class RulePackTests
{
    [Fact]
    public void Strategic_pack_has_catalog_1s_18_rules_for_every_format_and_4_more_for_format_2_with_13_parameters()
    {
        var pack = RulePack.FromAssemblyOf<StrategicRules>();

        Assert.Equal(
            ["CHIP001", "CHIP002", "CHIP003", "CIRC001", "CIRC002", "CIRC003", "CIRC004", "CLOUD001", "CLOUD002", "CLOUD003", "CLOUD004",
             "GOV001", "GOV002", "GOV003", "GOV004", "STRAT001", "VAL001", "VAL002"],
            pack.Rules.Where(r => r.RequiresFormat == 1).Select(r => r.Id));
        Assert.Equal(["CIRC005", "CLOUD005", "GOV005", "STRAT002"], pack.Rules.Where(r => r.RequiresFormat == 2).Select(r => r.Id));
        Assert.Equal(13, pack.Parameters.Count);
    }

    [Fact]
    public void Every_rule_id_starts_with_its_category_prefix()
    {
        Assert.All(RulePack.FromAssemblyOf<StrategicRules>().Rules, rule => Assert.StartsWith(rule.Category.IdPrefix(), rule.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePack.Create("twice", [typeof(EveryDealRule), typeof(SameIdRule)], []));

        Assert.Contains("'STRAT903' is used by", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_without_the_category_prefix_is_refused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePack.Create("prefix", [typeof(WrongPrefixRule)], []));

        Assert.Contains("expected STRAT and three digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_without_metadata_is_refused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePack.Create("bare", [typeof(NoMetadataRule)], []));

        Assert.Contains("has no [RuleId] attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_rule_class_that_NRules_would_skip_fails_loudly()
    {
        var pack = RulePack.Create("nested", [typeof(NestedRuleHolder.NestedRule)], []);

        var error = Assert.Throws<RulePackException>(() => new DealEvaluator(pack));

        Assert.Contains("NRules does not load STRAT904", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_default_outside_its_range_is_refused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePack.Create("range", [], [new ParameterDefinition("x.share", 120, ParameterKind.Percent, null)]));

        Assert.Contains("expected 0–100", error.Message, StringComparison.Ordinal);
    }
}
