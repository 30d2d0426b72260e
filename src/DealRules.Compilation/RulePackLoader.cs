using System.Collections.Concurrent;
using System.Text;
using DealRules.Compilation.Isolation;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;

namespace DealRules.Compilation;

/// <summary>
/// Loads rule packs from folders of C# source (and an optional <c>profile.json</c>). The folder is read
/// as regular files only, within <see cref="SandboxLimits.MaxSourceFiles"/> and
/// <see cref="SandboxLimits.MaxSourceBytes"/>; the sources are compiled and analyzed in a worker
/// process under the limits, never in this one. Compiled packs are cached by a hash of their sources,
/// their profile, the engine's version and the compiler's: in memory, and on disk when a cache folder
/// is given, so that loading an unchanged pack again skips the compiler. Thread-safe; one loader can
/// serve a whole host.
/// </summary>
public sealed class RulePackLoader
{
    /// <summary>The name of the profile file a pack folder may hold.</summary>
    public const string ProfileFileName = "profile.json";

    private readonly ConcurrentDictionary<string, Lazy<Compiled>> images = new(StringComparer.Ordinal);
    private readonly SandboxLimits limits;
    private readonly PackCache? cache;
    private int compilations;

    /// <summary>Creates a loader.</summary>
    /// <param name="limits">The limits compiling runs under; null for <see cref="SandboxLimits.Default"/>.</param>
    /// <param name="cacheFolder">Where compiled packs are kept between runs; null to keep them in memory only. <see cref="DefaultCacheFolder"/> is the user's cache.</param>
    public RulePackLoader(SandboxLimits? limits = null, string? cacheFolder = null)
    {
        this.limits = limits ?? SandboxLimits.Default;
        cache = cacheFolder is null ? null : new PackCache(cacheFolder);
    }

    /// <summary>The cache folder the command uses: <c>$DEALRULES_CACHE</c> when set, else <c>dealrules/packs</c> in the user's cache folder (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>).</summary>
    public static string DefaultCacheFolder => PackCache.DefaultFolder();

    /// <summary>How many times a pack was compiled rather than taken from a cache.</summary>
    public int Compilations => compilations;

    /// <summary>Loads the pack in a folder: every <c>*.cs</c> below it, and <c>profile.json</c> when present.</summary>
    /// <param name="folder">The pack's folder.</param>
    /// <param name="cancellationToken">Stops compiling (the worker is stopped).</param>
    /// <exception cref="RulePackFailedException">The worker compiling the pack died, overran a limit or misbehaved.</exception>
    public LoadedRulePack Load(string folder, CancellationToken cancellationToken = default)
    {
        var name = new DirectoryInfo(folder).Name;
        var (sources, profileText, problems) = PackFolder.Read(folder, limits);
        if (problems.Count > 0)
        {
            return new LoadedRulePack(null, null, problems, [], []);
        }

        var hash = RulePackCompiler.Hash(sources.Append((ProfileFileName, profileText ?? "")));
        var lazy = images.GetOrAdd(hash, _ => new Lazy<Compiled>(() => Compile(name, hash, sources, cancellationToken)));
        Compiled compiled;
        try
        {
            compiled = lazy.Value;
        }
        catch (Exception e) when (e is RulePackFailedException or OperationCanceledException)
        {
            images.TryRemove(hash, out _);
            throw;
        }

        if (compiled.Pack is null)
        {
            return new LoadedRulePack(null, null, compiled.Errors, compiled.Warnings, []);
        }

        var pack = new SourceRulePack(name, compiled.Pack, compiled.Image!, hash, compiled.Warnings, compiled.TakeWorker());
        if (profileText is null)
        {
            return new LoadedRulePack(pack, null, [], compiled.Warnings, []);
        }

        var profile = ProfileReader.Read(Encoding.UTF8.GetBytes(profileText), Path.Combine(folder, ProfileFileName), name, compiled.Pack);
        if (!profile.Succeeded)
        {
            pack.Dispose();
            return new LoadedRulePack(null, null, [], compiled.Warnings, profile.Problems);
        }

        return new LoadedRulePack(pack, profile.Profile, [], compiled.Warnings, []);
    }

    private Compiled Compile(string name, string hash, IReadOnlyList<(string Path, string Text)> sources, CancellationToken cancellationToken)
    {
        if (cache?.Get(hash, name) is var (image, pack, warnings))
        {
            return new Compiled(image, pack, [], warnings, null);
        }

        Interlocked.Increment(ref compilations);
        var worker = WorkerProcess.Start(name, limits, cancellationToken);
        try
        {
            var compiled = worker.Request(
                MessageKind.Compile,
                w =>
                {
                    w.Write(name);
                    w.Write(sources.Count);
                    foreach (var (path, text) in sources)
                    {
                        w.Write(path);
                        w.Write(text);
                    }
                },
                MessageKind.Compiled,
                reader =>
                {
                    var errors = reader.ReadMessages();
                    var warnings = reader.ReadMessages().Select(w => w with { IsError = false }).ToArray();
                    return reader.ReadBoolean()
                        ? new Compiled(reader.ReadBytes(), reader.ReadPack(name), [], warnings, worker)
                        : new Compiled(null, null, errors.Length > 0 ? errors : [new CompilationMessage(name, 1, 1, "DR0000", "the pack did not compile")], warnings, null);
                },
                limits.CompileTimeout,
                "compile deadline",
                cancellationToken);
            if (compiled.Pack is null)
            {
                worker.Dispose();
            }
            else
            {
                cache?.Put(hash, compiled.Image!, compiled.Pack, compiled.Warnings);
            }

            return compiled;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>A compiled image and its catalog (or the errors that refused it), loadable any number of times; the worker that compiled it, until a host takes it.</summary>
    private sealed class Compiled(byte[]? image, RulePack? pack, IReadOnlyList<CompilationMessage> errors, IReadOnlyList<CompilationMessage> warnings, WorkerProcess? worker)
    {
        private WorkerProcess? worker = worker;

        public byte[]? Image { get; } = image;

        public RulePack? Pack { get; } = pack;

        public IReadOnlyList<CompilationMessage> Errors { get; } = errors;

        public IReadOnlyList<CompilationMessage> Warnings { get; } = warnings;

        public WorkerProcess? TakeWorker() => Interlocked.Exchange(ref worker, null);
    }
}

/// <summary>A pack loaded from a folder, with its profile; or why it was refused.</summary>
/// <param name="Pack">The pack, when it compiled and its profile is valid.</param>
/// <param name="Profile">The folder's profile, when it has one.</param>
/// <param name="Errors">What refused the pack: the folder's problems (links, FIFOs, sizes) or error-level diagnostics, each <c>file(line,col): error ID: message</c>.</param>
/// <param name="Warnings">Warning-level diagnostics; the pack loads despite them.</param>
/// <param name="ProfileProblems">What is wrong with the folder's profile.</param>
public sealed record LoadedRulePack(
    SourceRulePack? Pack,
    Profile? Profile,
    IReadOnlyList<CompilationMessage> Errors,
    IReadOnlyList<CompilationMessage> Warnings,
    IReadOnlyList<DocumentProblem> ProfileProblems);
