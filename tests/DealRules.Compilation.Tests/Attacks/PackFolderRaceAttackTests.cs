namespace DealRules.Compilation.Tests.Attacks;

/// <summary>The second attack round on the loader: a pack folder changed while it is read.</summary>
[Trait("Category", "Slow")]
public sealed class PackFolderRaceAttackTests
{
    [Fact]
    public async Task A_pack_folder_swapped_for_a_link_mid_walk_is_never_read_outside_the_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var folders = new PackFolders();
        var victim = Directory.CreateDirectory(Path.Combine(folders.Root, "victim-project")).FullName;
        File.WriteAllText(Path.Combine(victim, "Secrets.cs"), "namespace Victim { public static class Secrets { public const string ApiKey = \"sk-live-OUTSIDE-THE-PACK\"; } }\n");
        var pack = folders.Source("toctou", Packs.EveryDeal("Victim.Secrets.ApiKey"));
        for (var i = 0; i < 40; i++)
        {
            // Files read before the sub-folder is listed widen the window.
            File.WriteAllText(Path.Combine(pack, $"Pad{i:D2}.cs"), $"public static class Pad{i:D2} {{ }}\n");
        }

        var sub = Path.Combine(pack, "sub");
        var aside = Path.Combine(folders.Root, "sub-aside");
        Directory.CreateDirectory(sub);
        File.WriteAllText(Path.Combine(sub, "Secrets.cs"), "namespace Victim { public static class Secrets { public const string ApiKey = \"decoy\"; } }\n");

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var swapper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Directory.Move(sub, aside);
                File.CreateSymbolicLink(sub, victim);
                Thread.SpinWait(2000);
                File.Delete(sub);
                Directory.Move(aside, sub);
                Thread.SpinWait(2000);
            }
        });

        var loader = new RulePackLoader();
        var evaluated = new HashSet<string>(StringComparer.Ordinal);
        string? message = null;
        try
        {
            while (!stop.IsCancellationRequested && message is null)
            {
                var loaded = loader.Load(pack, TestContext.Current.CancellationToken);
                if (loaded.Pack is { } compiled)
                {
                    if (!evaluated.Add(compiled.SourceHash))
                    {
                        compiled.Dispose();
                        continue;
                    }

                    using var host = new RulePackHost(compiled);
                    var found = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken).Findings.Single().Message;
                    if (found.Contains("OUTSIDE", StringComparison.Ordinal))
                    {
                        message = found;
                    }
                }
            }
        }
        finally
        {
            stop.Cancel();
            await swapper;
        }

        // The walk holds each folder open and never follows a name again: the secret never comes in.
        Assert.Null(message);
    }
}
