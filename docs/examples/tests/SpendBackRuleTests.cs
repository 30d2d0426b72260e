using DealRules.Authoring;
using DealRules.Model;
using DealRules.Strategic.Circular;
using DealRules.Testing;
using Xunit;

namespace MyCompany.DealRules.Tests;

/// <summary>A rule of the shipped catalog tested with DealRules.Testing (the README's example).</summary>
public sealed class SpendBackRuleTests
{
    private static readonly RulesTestFixture Fixture = RulesTestFixture.For<SpendBackRatioRule>();

    private static DealBuilder Deal(decimal invested, decimal committed) => DealBuilder.Deal("hyper-lab")
        .Party("hyper", "Hyper Cloud", PartyKind.Hyperscaler, clouds: ["hyper-cloud"])
        .Party("lab", "Frontier Lab", PartyKind.AiLab)
        .Invests("hyper", "lab", invested)
        .Commits("lab", "hyper", committed, "hyper-cloud");

    [Fact]
    public void Spend_back_of_ten_times_the_investment_is_high()
    {
        var result = Fixture.Evaluate(Deal(1_000_000_000m, 10_000_000_000m));

        result.Verify(x => x.Rule<SpendBackRatioRule>().Fired(Times.Once, Severity.High, "hyper", "lab"));
    }

    [Fact]
    public void Spend_back_under_half_the_investment_does_not_fire()
    {
        var result = Fixture.Evaluate(Deal(10_000_000_000m, 4_900_000_000m));

        result.Verify(x => x.Rule<SpendBackRatioRule>().NeverFired());
        Assert.False(result.Explain<SpendBackRatioRule>().Fired);
    }
}
