using DealRules.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>A host registers a pack from source with the isolation it chooses, and gets it as an <see cref="IDealEvaluator"/>.</summary>
[Trait("Category", "Slow")]
public sealed class AddDealRulesTests
{
    [Theory]
    [InlineData(RulePackIsolation.Process)]
    [InlineData(RulePackIsolation.InProcess)]
    public void A_pack_from_source_serves_as_the_hosts_evaluator(RulePackIsolation isolation)
    {
        using var folders = new PackFolders();
        var loaded = new RulePackLoader().Load(folders.EveryDeal("registered", "seen"), TestContext.Current.CancellationToken);
        using var provider = new ServiceCollection().AddDealRules(loaded.Pack!, isolation, loaded.Profile).BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IDealEvaluator>();

        Assert.Same(provider.GetRequiredService<RulePackHost>(), evaluator);
        Assert.Equal(isolation, provider.GetRequiredService<RulePackHost>().Isolation);
        Assert.All(evaluator.Evaluate(TestFiles.Samples, cancellationToken: TestContext.Current.CancellationToken).Findings, f => Assert.Equal("seen", f.Message));
    }
}
