using System.Runtime.Loader;
using DealRules.Compilation.Isolation;
using DealRules.Engine;

namespace DealRules.Compilation;

/// <summary>
/// A rule pack compiled from source: its catalog (<see cref="Pack"/>, which lists its rules and
/// parameters but does not run them), the compiled image, and the hash it was built from. Run it
/// with a <see cref="RulePackHost"/>: in a worker process by default, or in this process when its
/// source is trusted. Dispose it to stop a worker it still holds.
/// </summary>
public sealed class SourceRulePack : IDisposable
{
    private WorkerProcess? warmWorker;

    internal SourceRulePack(string name, RulePack pack, byte[] image, string sourceHash, IReadOnlyList<CompilationMessage> warnings, WorkerProcess? warmWorker)
    {
        Name = name;
        Pack = pack;
        Image = image;
        SourceHash = sourceHash;
        Warnings = warnings;
        this.warmWorker = warmWorker;
    }

    /// <summary>The pack's name: its folder's name.</summary>
    public string Name { get; }

    /// <summary>The pack's catalog: rules and parameters. <see cref="RulePack.IsLoaded"/> is false: the rules run where the host runs them.</summary>
    public RulePack Pack { get; }

    /// <summary>The compiled assembly.</summary>
    internal byte[] Image { get; }

    /// <summary>A hash of the sources, the profile, the engine version and the compiler version the pack was built from.</summary>
    public string SourceHash { get; }

    /// <summary>Warning-level diagnostics; the pack loaded despite them.</summary>
    public IReadOnlyList<CompilationMessage> Warnings { get; }

    /// <summary>The worker that compiled the pack, still running with the pack loaded; taken once by the first host.</summary>
    internal WorkerProcess? TakeWorker() => Interlocked.Exchange(ref warmWorker, null);

    /// <summary>Loads the pack into this process, in a collectible load context of its own; for trusted source only.</summary>
    internal (RulePack Pack, AssemblyLoadContext Context) LoadInProcess()
    {
        var context = new AssemblyLoadContext($"rule-pack:{Name}", isCollectible: true);
        try
        {
            using var stream = new MemoryStream(Image, writable: false);
            return (RulePack.FromAssembly(context.LoadFromStream(stream)), context);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Stops the worker the pack still holds, if no host took it.</summary>
    public void Dispose() => TakeWorker()?.Dispose();
}
