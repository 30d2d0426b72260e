namespace DealRules.Compilation.Tests.Sandbox;

/// <summary>Compiled packs are kept on disk by source hash, so a later run skips the compiler; a damaged entry is compiled again.</summary>
[Trait("Category", "Slow")]
public sealed class PackCacheTests
{
    [Fact]
    public void A_second_loader_takes_the_compiled_pack_from_disk()
    {
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("cached", "seen");
        var cache = Path.Combine(folders.Root, "cache");
        var first = new RulePackLoader(cacheFolder: cache);
        first.Load(folder, TestContext.Current.CancellationToken).Pack!.Dispose();

        var second = new RulePackLoader(cacheFolder: cache);
        var loaded = second.Load(folder, TestContext.Current.CancellationToken);
        using var host = new RulePackHost(loaded.Pack!);

        Assert.Equal(1, first.Compilations);
        Assert.Equal(0, second.Compilations);
        Assert.All(host.Evaluate(TestFiles.Samples, TestContext.Current.CancellationToken).Findings, f => Assert.Equal("seen", f.Message));
        var entry = Assert.Single(Directory.GetFiles(cache));
        Assert.Equal(loaded.Pack!.SourceHash + ".pack", Path.GetFileName(entry));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry));
        }
    }

    [Fact]
    public void A_damaged_entry_is_compiled_again()
    {
        using var folders = new PackFolders();
        var folder = folders.EveryDeal("damaged", "seen");
        var cache = Path.Combine(folders.Root, "cache");
        new RulePackLoader(cacheFolder: cache).Load(folder, TestContext.Current.CancellationToken).Pack!.Dispose();
        var entry = Assert.Single(Directory.GetFiles(cache));
        var bytes = File.ReadAllBytes(entry);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        var loader = new RulePackLoader(cacheFolder: cache);
        using var pack = loader.Load(folder, TestContext.Current.CancellationToken).Pack!;

        Assert.Equal(1, loader.Compilations);
    }
}
