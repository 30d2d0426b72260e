namespace DealRules.Compilation.Tests.Attacks;

/// <summary>The attack round on the pack cache: an ambiguous key and a planted entry, now closed.</summary>
[Trait("Category", "Slow")]
public sealed class CacheAttackTests
{
    private const string Rule = """
        [RuleId("STRAT101")][RuleTitle("Which")][RuleCategory(Category.Strategic)][RulePerspective(Perspective.Market)][DefaultSeverity(Severity.Info)]
        public sealed class WhichRule : Rule
        {
            public override void Define()
            {
                DealFact deal = default!;
                When().Match(() => deal);
        #if EVIL
                Then().Yield(ctx => ctx.Finding(Severity.Critical, "evil").From(deal.StatusPointer));
        #else
                Then().Yield(ctx => ctx.Finding(Severity.Info, "benign").From(deal.StatusPointer));
        #endif
            }
        }
        """;

    [Fact]
    public void A_one_file_pack_and_a_two_file_pack_with_the_same_bytes_between_names_have_different_keys()
    {
        // Once, the key wrote path \0 text \0 …, and a text may hold \0: one file "a.cs" = X\0b.cs\0Y
        // hashed like the two files a.cs = X and b.cs = Y, and #define is per file.
        using var folders = new PackFolders();
        var x = "#define EVIL\n//";
        var y = "\n" + Packs.Usings + Rule;
        var evil = Path.Combine(folders.Root, "evil");
        var benign = Path.Combine(folders.Root, "benign");
        Directory.CreateDirectory(evil);
        Directory.CreateDirectory(benign);
        File.WriteAllText(Path.Combine(evil, "a.cs"), x + "\0b.cs\0" + y);
        File.WriteAllText(Path.Combine(benign, "a.cs"), x);
        File.WriteAllText(Path.Combine(benign, "b.cs"), y);
        var loader = new RulePackLoader();

        using var evilPack = loader.Load(evil, TestContext.Current.CancellationToken).Pack!;
        using var benignPack = loader.Load(benign, TestContext.Current.CancellationToken).Pack!;

        Assert.NotEqual(evilPack.SourceHash, benignPack.SourceHash);
        Assert.Equal(2, loader.Compilations);
        using var host = new RulePackHost(benignPack);
        Assert.Equal("benign", host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken).Findings.Single().Message);
    }

    [Fact]
    public void An_entry_copied_under_another_key_is_not_served()
    {
        using var folders = new PackFolders();
        var cache = Path.Combine(folders.Root, "cache");
        var planted = folders.Source("planted", Packs.EveryDeal("\"planted\""));
        var victim = folders.Source("victim", Packs.EveryDeal("\"victim\""));
        new RulePackLoader(cacheFolder: cache).Load(planted, TestContext.Current.CancellationToken).Pack!.Dispose();
        var entry = Directory.GetFiles(cache, "*.pack").Single();
        var victimHash = RulePackCompiler.Hash([("Pack.cs", File.ReadAllText(Path.Combine(victim, "Pack.cs"))), (RulePackLoader.ProfileFileName, "")]);
        File.Copy(entry, Path.Combine(cache, victimHash + ".pack"));

        var loader = new RulePackLoader(cacheFolder: cache);
        using var pack = loader.Load(victim, TestContext.Current.CancellationToken).Pack!;
        using var host = new RulePackHost(pack);

        Assert.Equal(1, loader.Compilations);
        Assert.Equal("victim", host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken).Findings.Single().Message);
    }

    [Fact]
    public void A_cache_folder_others_can_write_is_not_used()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("ownership and modes are checked on Linux");
            return;
        }

        using var folders = new PackFolders();
        var cache = Path.Combine(folders.Root, "shared-cache");
        Directory.CreateDirectory(cache);
        File.SetUnixFileMode(cache, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var folder = folders.EveryDeal("pack", "seen");

        new RulePackLoader(cacheFolder: cache).Load(folder, TestContext.Current.CancellationToken).Pack!.Dispose();
        var second = new RulePackLoader(cacheFolder: cache);
        second.Load(folder, TestContext.Current.CancellationToken).Pack!.Dispose();

        Assert.Empty(Directory.GetFiles(cache));
        Assert.Equal(1, second.Compilations);
    }

    [Fact]
    public void The_disk_cache_keeps_the_most_recently_used_entries_within_its_bounds()
    {
        using var folders = new PackFolders();
        var cache = new PackCache(Path.Combine(folders.Root, "cache"));
        var pack = Engine.RulePack.Describe("bounded", [], []);
        for (var i = 0; i < 70; i++)
        {
            cache.Put($"{i:X64}", new byte[1024], pack, []);
        }

        cache.Put("LARGE", new byte[40 << 20], pack, []);

        var kept = Directory.GetFiles(Path.Combine(folders.Root, "cache"), "*.pack").Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.Equal(64, kept.Length);
        Assert.DoesNotContain("LARGE", kept);
        Assert.Contains($"{69:X64}", kept);
    }
}
