using System.Runtime.Loader;
using DealRules.Engine;

namespace DealRules.Compilation;

/// <summary>
/// A rule pack compiled from source and loaded into a collectible load context of its own. Dispose
/// it (after the evaluations that use it are done) to let the context, and its assembly, unload.
/// </summary>
public sealed class SourceRulePack : IDisposable
{
    private readonly AssemblyLoadContext context;

    internal SourceRulePack(RulePack pack, AssemblyLoadContext context, string sourceHash, IReadOnlyList<CompilationMessage> warnings, byte[] image)
    {
        Pack = pack;
        this.context = context;
        SourceHash = sourceHash;
        Warnings = warnings;
        Image = image;
    }

    /// <summary>The compiled assembly, for caching.</summary>
    internal byte[] Image { get; }

    /// <summary>The pack.</summary>
    public RulePack Pack { get; }

    /// <summary>A hash of the sources, the engine version and the compiler version the pack was built from.</summary>
    public string SourceHash { get; }

    /// <summary>Warning-level diagnostics; the pack loaded despite them.</summary>
    public IReadOnlyList<CompilationMessage> Warnings { get; }

    /// <summary>A weak handle on the load context, to observe that it unloads.</summary>
    public WeakReference LoadContext => new(context);

    /// <summary>Starts unloading the pack's assembly; the garbage collector completes it once nothing uses its types.</summary>
    public void Dispose() => context.Unload();
}
