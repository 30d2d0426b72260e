using DealRules.Documents;

namespace DealRules.Compilation.Tests;

[Trait("Category", "Slow")]
public sealed class RulePackLoaderTests
{
    private static readonly DealDocument[] Deals =
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Order(StringComparer.Ordinal).Select(p => DealDocumentReader.ReadFile(p).Document!)];

    [Fact]
    public void Loading_an_unchanged_pack_again_does_not_recompile()
    {
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("pack", "seen");
        var loader = new RulePackLoader();

        var first = loader.Load(folder);
        var second = loader.Load(folder);

        Assert.Equal(1, loader.Compilations);
        Assert.Equal(first.Pack!.SourceHash, second.Pack!.SourceHash);
        Assert.NotSame(first.Pack, second.Pack);
        first.Pack.Dispose();
        second.Pack.Dispose();
    }

    [Fact]
    public void Changed_source_or_profile_is_compiled_again()
    {
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("pack", "seen");
        var loader = new RulePackLoader();
        loader.Load(folder).Pack!.Dispose();

        File.AppendAllText(Path.Combine(folder, "EveryDealRule.cs"), "\n// changed\n");
        loader.Load(folder).Pack!.Dispose();
        File.WriteAllText(Path.Combine(folder, RulePackLoader.ProfileFileName), """{ "test.weight": 2 }""");
        var withProfile = loader.Load(folder);

        Assert.Equal(3, loader.Compilations);
        Assert.Equal(2m, withProfile.Profile!.Values["test.weight"]);
        withProfile.Pack!.Dispose();
    }

    [Fact]
    public void Invalid_profile_in_the_folder_refuses_the_pack()
    {
        using var folders = new PackFolders();
        var loaded = new RulePackLoader().Load(folders.EveryDeal("pack", "seen", """{ "test.wieght": 2 }"""));

        Assert.Null(loaded.Pack);
        Assert.Contains("unknown parameter 'test.wieght'", Assert.Single(loaded.ProfileProblems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swap_under_concurrent_evaluation_finishes_in_flight_work_on_the_old_pack_and_unloads_it()
    {
        using var folders = new PackFolders();
        var loader = new RulePackLoader();
        var (host, oldContext) = Serve(loader.Load(folders.EveryDeal("old", "old")));

        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var findings = host.Evaluate(Deals).Findings;
                Assert.Single(findings.Select(f => f.Message).Distinct());
                seen.Enqueue(findings[0].Message);
            }
        })).ToArray();

        // Wait on what the workers have seen, not on the clock: the machine may be slow.
        await Until(() => seen.Count(m => m == "old") >= 8);
        host.Swap(loader.Load(folders.EveryDeal("new", "new")).Pack!);
        await Until(() => seen.Count(m => m == "new") >= 8);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Contains("old", seen);
        Assert.Contains("new", seen);
        Assert.Equal("new", host.Evaluate(Deals).Findings[0].Message);
        Assert.True(Collected(oldContext), "the old pack's load context did not unload");
        host.Dispose();
    }

    /// <summary>Hands the pack to a host and keeps only a weak handle on its load context (no local keeps the pack alive).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (RulePackHost Host, WeakReference Context) Serve(LoadedRulePack loaded)
    {
        var host = new RulePackHost(loaded.Pack!, isolation: RulePackIsolation.InProcess);
        return (host, host.ActiveLoadContext!);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workers made no progress in two minutes");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private static bool Collected(WeakReference handle)
    {
        for (var i = 0; i < 20 && handle.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !handle.IsAlive;
    }
}
