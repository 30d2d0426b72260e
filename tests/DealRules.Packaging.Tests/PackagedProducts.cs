using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace DealRules.Packaging.Tests;

/// <summary>
/// Packs the packages (and the template package) into the repository's nuget/ folder (git-ignored), then lays out a
/// consumer folder outside the solution whose own nuget.config adds that folder as a feed and keeps
/// restored packages in the consumer folder, so that neither the user's NuGet configuration nor their
/// package cache is touched. Everything under the consumer folder is deleted afterwards.
/// </summary>
public sealed partial class PackagedProducts : IAsyncLifetime
{
    public const string Version = "0.1.0";

    public static string Feed => Path.Combine(Repository.Root, "nuget");

    public string Folder { get; } = Directory.CreateTempSubdirectory("dealrules-consumer-").FullName;

    public static string ExampleDeal => Path.Combine(Repository.Root, "rules", "samples", "amazon-openai-2025-12.json");

    public async ValueTask InitializeAsync()
    {
        foreach (var project in new[] { "src/DealRules.Authoring/DealRules.Authoring.csproj", "src/DealRules/DealRules.csproj", "rules/DealRules.Strategic/DealRules.Strategic.csproj", "src/DealRules.Cli/DealRules.Cli.csproj",
            "src/DealRules.Testing/DealRules.Testing.csproj", "templates/DealRules.Templates.csproj" })
        {
            await ProcessRunner.Succeed("dotnet", Repository.Root, "pack", project, "-c", "Release", "-nologo", "-v:q");
        }

        var userPackages = (await ProcessRunner.Succeed("dotnet", Folder, "nuget", "locals", "global-packages", "--list"))
            .Split(':', 2)[1].Trim();
        await File.WriteAllTextAsync(Path.Combine(Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Folder, "packages")}" />
              </config>
              <packageSources>
                <add key="dealrules-local" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user-cache" value="{userPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>A consumer project in its own folder: the template's csproj and the given source files.</summary>
    public string Project(string name, string template, params (string Name, string Source)[] files)
    {
        var folder = Path.Combine(Folder, name);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", template), Path.Combine(folder, name + ".csproj"), overwrite: true);
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            File.Delete(file);
        }

        foreach (var (fileName, source) in files)
        {
            File.Copy(source, Path.Combine(folder, fileName));
        }

        return folder;
    }

    /// <summary>A file of a package in the feed, as text.</summary>
    public static string Text(string packageId, string entry)
    {
        using var stream = new StreamReader(Entry(packageId, entry));
        return stream.ReadToEnd();
    }

    /// <summary>Whether an assembly in a package in the feed holds ReadyToRun code (a managed native header).</summary>
    public static bool IsReadyToRun(string packageId, string entry)
    {
        using var pe = new PEReader(Entry(packageId, entry));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static MemoryStream Entry(string packageId, string entry)
    {
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"{packageId}.{Version}.nupkg"));
        var found = package.GetEntry(entry) ?? throw new FileNotFoundException($"{packageId} has no {entry}");
        var bytes = new MemoryStream();
        using (var stream = found.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        return bytes;
    }

    public static string Consumer(string file) => Path.Combine(AppContext.BaseDirectory, "Consumer", file);

    public static string Example(string path) => Path.Combine(Repository.Root, "docs", "examples", path);

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();
}
