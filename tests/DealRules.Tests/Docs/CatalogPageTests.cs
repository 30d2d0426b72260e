using System.Globalization;
using DealRules.Engine;
using DealRules.Strategic;

namespace DealRules.Tests.Docs;

/// <summary>docs/rule-catalog.md cannot drift from the catalog: every rule has its row with its perspective and default severity, every parameter its default.</summary>
public sealed class CatalogPageTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "rule-catalog.md"));

    public static TheoryData<string> RuleIds => new(RulePack.FromAssemblyOf<StrategicRules>().Rules.Select(r => r.Id));

    public static TheoryData<string> ParameterNames => new(RulePack.FromAssemblyOf<StrategicRules>().Parameters.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_row_with_its_perspective_and_default_severity(string id)
    {
        var rule = RulePack.FromAssemblyOf<StrategicRules>().Rules.Single(r => r.Id == id);
        var row = Assert.Single(Lines, line => line.StartsWith($"| {id} |", StringComparison.Ordinal));
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();

        Assert.Contains(JsonName(rule.Perspective.ToString()), cells);
        Assert.Contains($"`{JsonName(rule.DefaultSeverity.ToString())}`", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_parameter_has_a_row_with_its_default(string name)
    {
        var parameter = RulePack.FromAssemblyOf<StrategicRules>().Parameters.Single(p => p.Name == name);
        var row = Assert.Single(Lines, line => line.StartsWith($"| `{name}` |", StringComparison.Ordinal));

        Assert.Equal(parameter.DefaultValue, decimal.Parse(row.Split('|')[2].Trim().Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
    }

    private static string JsonName(string name) => name.ToLowerInvariant();
}
