namespace DealRules.Compilation;

/// <summary>Where a rule pack compiled from source runs.</summary>
public enum RulePackIsolation
{
    /// <summary>
    /// In a worker process of its own, under <see cref="SandboxLimits"/>, confined by the kernel where
    /// it can be (Linux: Landlock and seccomp); only data crosses. The default for packs from source.
    /// </summary>
    Process,

    /// <summary>
    /// In this process, in a collectible load context: no deadline, no memory cap, no confinement.
    /// Only for source you trust as you trust your own code; the checks at compile time still apply.
    /// </summary>
    InProcess,
}
