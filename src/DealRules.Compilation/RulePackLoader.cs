using System.Collections.Concurrent;
using System.Runtime.Loader;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;

namespace DealRules.Compilation;

/// <summary>
/// Loads rule packs from folders of C# source (and an optional <c>profile.json</c>), compiling each
/// distinct source once: packs are cached by a hash of their sources, their profile, the engine's
/// version and the compiler's, so loading an unchanged pack again only loads the compiled image into
/// a fresh collectible context. Thread-safe; one loader can serve a whole host.
/// </summary>
public sealed class RulePackLoader
{
    /// <summary>The name of the profile file a pack folder may hold.</summary>
    public const string ProfileFileName = "profile.json";

    private readonly ConcurrentDictionary<string, Lazy<CompiledImage>> images = new(StringComparer.Ordinal);

    /// <summary>How many times a pack was compiled rather than taken from the cache.</summary>
    public int Compilations => compilations;

    private int compilations;

    /// <summary>Loads the pack in a folder: every <c>*.cs</c> below it, and <c>profile.json</c> when present.</summary>
    /// <param name="folder">The pack's folder.</param>
    public LoadedRulePack Load(string folder)
    {
        var name = new DirectoryInfo(folder).Name;
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(folder, path))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(folder, path), File.ReadAllText(path)))
            .ToArray();
        var profilePath = Path.Combine(folder, ProfileFileName);
        var profileText = File.Exists(profilePath) ? File.ReadAllText(profilePath) : "";
        var hash = RulePackCompiler.Hash(sources.Append((ProfileFileName, profileText)));

        var image = images.GetOrAdd(hash, _ => new Lazy<CompiledImage>(() =>
        {
            Interlocked.Increment(ref compilations);
            return CompiledImage.From(RulePackCompiler.Compile(sources, name));
        })).Value;
        if (image.Errors.Count > 0)
        {
            return new LoadedRulePack(null, null, image.Errors, image.Warnings, []);
        }

        var pack = image.Load(name, hash);
        if (profileText.Length == 0)
        {
            return new LoadedRulePack(pack, null, [], image.Warnings, []);
        }

        var profile = ProfileReader.Read(System.Text.Encoding.UTF8.GetBytes(profileText), profilePath, name, pack.Pack);
        if (!profile.Succeeded)
        {
            pack.Dispose();
        }

        return profile.Succeeded
            ? new LoadedRulePack(pack, profile.Profile, [], image.Warnings, [])
            : new LoadedRulePack(null, null, [], image.Warnings, profile.Problems);
    }

    private static bool IsBuildOutput(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar);
        return relative.Contains("bin") || relative.Contains("obj");
    }

    /// <summary>A compiled assembly image (or the errors that refused it), loadable any number of times.</summary>
    private sealed record CompiledImage(byte[]? Image, IReadOnlyList<CompilationMessage> Errors, IReadOnlyList<CompilationMessage> Warnings)
    {
        public static CompiledImage From(RulePackCompilation compilation)
        {
            if (!compilation.Succeeded)
            {
                return new CompiledImage(null, compilation.Errors, compilation.Warnings);
            }

            using var pack = compilation.Pack;
            return new CompiledImage(pack.Image, [], compilation.Warnings);
        }

        public SourceRulePack Load(string name, string hash)
        {
            var context = new AssemblyLoadContext($"rule-pack:{name}", isCollectible: true);
            using var stream = new MemoryStream(Image!);
            return new SourceRulePack(RulePack.FromAssembly(context.LoadFromStream(stream)), context, hash, Warnings, Image!);
        }
    }
}

/// <summary>A pack loaded from a folder, with its profile; or why it was refused.</summary>
/// <param name="Pack">The pack, when it compiled and its profile is valid.</param>
/// <param name="Profile">The folder's profile, when it has one.</param>
/// <param name="Errors">Error-level diagnostics that refused the pack, each <c>file(line,col): ID message</c>.</param>
/// <param name="Warnings">Warning-level diagnostics; the pack loads despite them.</param>
/// <param name="ProfileProblems">What is wrong with the folder's profile.</param>
public sealed record LoadedRulePack(
    SourceRulePack? Pack,
    Profile? Profile,
    IReadOnlyList<CompilationMessage> Errors,
    IReadOnlyList<CompilationMessage> Warnings,
    IReadOnlyList<DocumentProblem> ProfileProblems);
