using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Tests.Engine.TestRules;
using DealRules.Tests.Support;

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

    [Fact]
    public void Parameters_declared_beside_rules_are_found_with_default_kind_and_description_each_once()
    {
        var parameters = RulePack.ParametersDeclaredOn([typeof(ManyPartiesRule), typeof(SharedThresholds)]);

        Assert.Equal(
            [new ParameterDefinition("test.maximumParties", 100m, ParameterKind.Count, "Fires up to this many parties."),
             new ParameterDefinition("test.minimumParties", 2m, ParameterKind.Count, "Fires from this many parties.")],
            parameters.OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void One_name_declared_by_two_fields_is_refused()
    {
        var declared = RulePack.ParametersDeclaredOn([typeof(ManyPartiesRule), typeof(SharedThresholds), typeof(DuplicateThreshold)]);

        var error = Assert.Throws<RulePackException>(() => RulePack.Create("twice", [typeof(ManyPartiesRule)], declared));

        Assert.Contains("'test.minimumParties' is declared 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_reads_the_parameters_it_declares_and_reports_at_its_default_severity()
    {
        var pack = RulePack.Create("parties", [typeof(ManyPartiesRule)], RulePack.ParametersDeclaredOn([typeof(ManyPartiesRule), typeof(SharedThresholds)]));
        var evaluator = new DealEvaluator(pack);
        var documents = new[] { TestDeals.Document(TestDeals.Deal()) };

        var found = Assert.Single(evaluator.Evaluate(documents).Findings);
        var none = evaluator.Evaluate(documents, new DealRules.Profiles.Profile("strict", new Dictionary<string, decimal> { ["test.minimumParties"] = 3 })).Findings;

        Assert.Equal((Severity.Low, "2 parties"), (found.Severity, found.Message));
        Assert.Empty(none);
    }

    [Fact]
    public void Every_parameter_of_the_catalog_is_declared_as_a_field_of_a_rule_or_of_Capacity()
    {
        var pack = RulePack.FromAssemblyOf<StrategicRules>();
        var owners = typeof(StrategicRules).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.FieldType == typeof(ParameterDefinition))
                .Select(f => (Owner: t, Parameter: (ParameterDefinition)f.GetValue(null)!)))
            .ToArray();

        Assert.All(pack.Parameters, parameter =>
        {
            var owner = Assert.Single(owners, o => ReferenceEquals(o.Parameter, parameter)).Owner;
            Assert.True(typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(owner) || owner == typeof(Capacity), $"{parameter.Name} is declared on {owner.Name}");
            Assert.False(string.IsNullOrWhiteSpace(parameter.Description));
        });
    }
}
