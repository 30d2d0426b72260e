using DealRules.Authoring;
using DealRules.Model;
using DealRules.Testing;
using Xunit;

namespace MyRulePack.Tests;

public sealed class LargeCreditsRuleTests
{
    // One fixture for the whole class: the rule is compiled once.
    private static readonly RulesTestFixture Fixture = RulesTestFixture.For<LargeCreditsRule>();

    [Fact]
    public void Credits_of_five_billion_or_more_are_reported_at_medium()
    {
        var result = Fixture.Evaluate(DealBuilder.Deal("hyper-lab")
            .Party("hyper", "Hyper Cloud", PartyKind.Hyperscaler, clouds: ["hyper-cloud"])
            .Party("lab", "Frontier Lab", PartyKind.AiLab)
            .Invests("hyper", "lab", 6_000_000_000m, Instrument.Credits));

        result.Verify(x => x.Rule<LargeCreditsRule>().Fired(Times.Once, Severity.Medium, "hyper", "lab"));
    }
}
