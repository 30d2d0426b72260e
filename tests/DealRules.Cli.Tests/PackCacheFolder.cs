using System.Runtime.CompilerServices;

namespace DealRules.Cli.Tests;

/// <summary>The command caches compiled rule packs in the user's cache folder; tests keep theirs in a temporary folder, deleted when the run ends.</summary>
internal static class PackCacheFolder
{
    [ModuleInitializer]
    internal static void KeepItTemporary()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dealrules-test-pack-cache-{Environment.ProcessId}");
        Environment.SetEnvironmentVariable("DEALRULES_CACHE", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        };
    }
}
