using DealRules.Engine;
using DealRules.Strategic;
using Xunit;

namespace DealRules.Testing.Tests;

public sealed class CoverageTests
{
    [Fact]
    public void The_catalogs_own_cases_make_every_rule_fire()
    {
        var fixture = RulesTestFixture.For(RulePack.FromAssemblyOf<StrategicRules>()).WithCoverage();

        foreach (var folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "cases")).Order(StringComparer.Ordinal))
        {
            fixture.Evaluate(DealFiles.ReadFolder(folder));
        }

        var coverage = fixture.Coverage();
        Assert.Empty(coverage.NeverFired.Select(r => r.RuleId));
        Assert.Equal(22, coverage.Rules.Count);
        Assert.True(coverage.ConditionPercent >= 80, coverage.Summary);
    }

    [Fact]
    public void Coverage_without_asking_for_it_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => RulesTestFixture.For<Strategic.Circular.SpendBackRatioRule>().Coverage());
    }
}
