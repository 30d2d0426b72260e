using DealRules.Observation;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>Explain and coverage listen to a pack's own session: a pack from source can be observed in process (trusted source) only.</summary>
[Trait("Category", "Slow")]
public sealed class ObservationTests
{
    private static readonly string Source = Packs.EveryDeal("\"noted\"", condition: "d.Deal.Parties.Count > 1");

    [Fact]
    public void A_pack_in_process_is_observed_with_its_conditions()
    {
        using var host = new RulePackHost(HostilePack.Compile(Source, "observed"), isolation: RulePackIsolation.InProcess);
        var observer = new EvaluationObserver(true, ["STRAT101"]);

        var report = host.Evaluate(Packs.OneDeal, null, observer, TestContext.Current.CancellationToken);

        Assert.Single(report.Findings);
        var rule = Assert.Single(observer.Coverage().Rules);
        Assert.Equal((1L, 1L, 0L), (rule.Fired, rule.Conditions.Single().WhenTrue, rule.Conditions.Single().WhenFalse));
        Assert.True(observer.Explanations().Single().Fired);
    }

    [Fact]
    public void A_pack_in_its_worker_is_not_observed_and_says_how_it_could_be()
    {
        using var host = new RulePackHost(HostilePack.Compile(Source, "confined"));

        var error = Assert.Throws<NotSupportedException>(() => host.Evaluate(Packs.OneDeal, null, EvaluationObserver.ForCoverage(), TestContext.Current.CancellationToken));

        Assert.Contains("RulePackIsolation.InProcess", error.Message, StringComparison.Ordinal);
    }
}
