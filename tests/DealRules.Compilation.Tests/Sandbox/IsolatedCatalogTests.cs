using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>The shipped catalog, compiled from its own source, gives the shipped catalog's reports byte for byte, isolated or not.</summary>
[Trait("Category", "Slow")]
public sealed class IsolatedCatalogTests
{
    [Theory]
    [InlineData(RulePackIsolation.Process)]
    [InlineData(RulePackIsolation.InProcess)]
    public void Catalog_from_its_source_gives_byte_identical_reports(RulePackIsolation isolation)
    {
        using var cache = new PackFolders();
        var loaded = new RulePackLoader(cacheFolder: cache.Root).Load(Repository.Catalog, TestContext.Current.CancellationToken);
        Assert.True(loaded.Pack is not null, string.Join("\n", loaded.Errors));
        var shipped = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>());

        using var host = new RulePackHost(loaded.Pack, isolation: isolation);
        Assert.Equal(22, host.ActivePack.Rules.Count);
        foreach (var document in TestFiles.Samples)
        {
            Assert.Equal(ReportJsonWriter.ToJson(shipped.Evaluate([document])), ReportJsonWriter.ToJson(host.Evaluate([document], TestContext.Current.CancellationToken)));
        }

        Assert.Equal(ReportJsonWriter.ToJson(shipped.Evaluate(TestFiles.Samples)), ReportJsonWriter.ToJson(host.Evaluate(TestFiles.Samples, TestContext.Current.CancellationToken)));
        Assert.Equal(ReportJsonWriter.ToJson(shipped.Evaluate(TestFiles.Corpus)), ReportJsonWriter.ToJson(host.Evaluate(TestFiles.Corpus, TestContext.Current.CancellationToken)));
    }
}
