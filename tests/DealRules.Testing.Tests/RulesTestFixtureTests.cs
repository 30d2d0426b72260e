using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Model;
using DealRules.Strategic;
using DealRules.Strategic.Circular;
using DealRules.Strategic.Governance;
using Xunit;

namespace DealRules.Testing.Tests;

public sealed class RulesTestFixtureTests
{
    private static readonly RulesTestFixture Catalog = RulesTestFixture.For(RulePack.FromAssemblyOf<StrategicRules>());

    private static DealBuilder Deal(decimal invested, decimal committed) => DealBuilder.Deal("hyper-lab")
        .Party("hyper", "Hyper Cloud", PartyKind.Hyperscaler, clouds: ["hyper-cloud"])
        .Party("lab", "Frontier Lab", PartyKind.AiLab)
        .Invests("hyper", "lab", invested)
        .Commits("lab", "hyper", committed, "hyper-cloud");

    [Fact]
    public void A_fixture_of_one_rule_evaluates_that_rule_alone()
    {
        var fixture = RulesTestFixture.For<SpendBackRatioRule>();

        var result = fixture.Evaluate(Deal(1_000_000_000m, 10_000_000_000m));

        Assert.Equal(["CIRC001"], fixture.Pack.Rules.Select(r => r.Id));
        Assert.Equal(["CIRC001"], result.Findings.Select(f => f.RuleId));
        Assert.Contains(Catalog.Evaluate(Deal(1_000_000_000m, 10_000_000_000m)).Findings, f => f.RuleId != "CIRC001");
    }

    [Fact]
    public void A_rule_that_did_not_fire_as_expected_fails_with_the_condition_and_values_that_stopped_it()
    {
        var result = Catalog.Evaluate(Deal(10_000_000_000m, 4_900_000_000m));

        var failure = Assert.Throws<RuleAssertionException>(() => result.Verify(x => x.Rule<SpendBackRatioRule>().Fired(Times.Once)));

        Assert.StartsWith("CIRC001 was expected to fire exactly once, and it fired 0 times.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("condition 1 was false: flow.RatioAt(parameters[Capacity.DollarsPerGw]) >= parameters[SpendBackRatioRule.SpendBackMedium]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("parameters[SpendBackRatioRule.SpendBackMedium] = 0.5", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failed_expectation_is_reported_with_the_findings_the_rule_made()
    {
        var result = Catalog.Evaluate(Deal(1_000_000_000m, 10_000_000_000m));

        var failure = Assert.Throws<RuleAssertionException>(() => result.Verify(x =>
        {
            x.Rule<SpendBackRatioRule>().Fired(Times.Once, f => f.Severity == Severity.Medium);
            x.Rule("STRAT001").NeverFired();
            x.Rule<InvestorBoardRightRule>().NeverFired();
        }));

        Assert.Contains("CIRC001 was expected to fire exactly once with a finding where (Convert(f.Severity, Int32) == 2), and 0 of its findings matched; it fired once.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  high CIRC001 (hyper-lab; hyper, lab): Frontier Lab has committed $10.0B to Hyper Cloud", failure.Message, StringComparison.Ordinal);
        Assert.Contains("STRAT001 was expected to fire never, and it fired once.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GOV001", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_change_the_outcome_and_an_unknown_one_is_refused()
    {
        var lenient = Catalog.WithParameters(("circular.spendBackHigh", 20m));

        lenient.Evaluate(Deal(1_000_000_000m, 10_000_000_000m)).Verify(x => x.Rule<SpendBackRatioRule>().Fired(Times.Once, Severity.Medium));
        Assert.Throws<ArgumentException>(() => Catalog.WithParameters(("circular.noSuchThing", 1m)));
    }

    [Fact]
    public void A_rule_the_pack_does_not_have_is_refused_by_name()
    {
        var result = RulesTestFixture.For<SpendBackRatioRule>().Evaluate(Deal(1m, 1m));

        var error = Assert.Throws<ArgumentException>(() => result.Verify(x => x.Rule("CIRC003").NeverFired()));

        Assert.StartsWith("DealRules.Strategic has no rule 'CIRC003'; its rules are CIRC001.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builder_refuses_an_invalid_deal_listing_every_problem()
    {
        var builder = DealBuilder.Deal("Not An Id").Party("hyper", "Hyper Cloud", PartyKind.Hyperscaler).Invests("hyper", "nobody", -5m);

        var error = Assert.Throws<InvalidDealException>(() => builder.Build());

        Assert.True(error.Problems.Count >= 3, error.Message);
        Assert.Contains(error.Problems, p => p.ToString().Contains("$.investments[0].investee", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_are_read_with_sources_relative_to_their_folder()
    {
        var documents = DealFiles.ReadFolder(Path.Combine(AppContext.BaseDirectory, "cases", "coreweave-suppliers"));

        Assert.Equal(6, documents.Count);
        Assert.All(documents, d => Assert.Equal(d.Deal.Id + ".json", d.Source));
    }
}
