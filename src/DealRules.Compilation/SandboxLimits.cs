namespace DealRules.Compilation;

/// <summary>
/// The limits a rule pack from source runs under, enforced from outside its code: the host kills the
/// worker process that overruns a deadline or its memory, and refuses what it sends back beyond the
/// caps. Every limit hit is reported by name (<see cref="Engine.RulePackFailedException.Limit"/>).
/// </summary>
public sealed record SandboxLimits
{
    /// <summary>The defaults: generous for real packs, small enough that a hostile one is stopped soon.</summary>
    public static SandboxLimits Default { get; } = new();

    /// <summary>How long the worker may take to start and confine itself. Default 30 s.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long compiling and analyzing a pack may take (a cold compiler needs 4-15 s for the 18-rule catalog). Default 120 s.</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long loading a compiled pack or one evaluation may take. Default 60 s.</summary>
    public TimeSpan EvaluationTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The worker's memory, in bytes: its resident set and page tables may not exceed it (the host kills it), and its
    /// managed heap is capped below it by the runtime. Default 1 GiB.
    /// </summary>
    public long MemoryBytes { get; init; } = 1L << 30;

    /// <summary>The most findings one evaluation may give. Default 100,000.</summary>
    public int MaxFindings { get; init; } = 100_000;

    /// <summary>The most bytes one answer of the worker (a report, a compiled pack) may take. Default 64 MiB.</summary>
    public int MaxAnswerBytes { get; init; } = 64 << 20;

    /// <summary>The longest text a finding may carry in one field (a message, an evidence value), in characters. Default 8,192.</summary>
    public int MaxFindingText { get; init; } = 8_192;

    /// <summary>
    /// True (the default) to refuse to run a pack in a worker that could not confine itself completely
    /// (Landlock, seccomp, no capabilities: Linux on x86-64 with kernel 5.13 or later). False runs packs
    /// with the deadlines, the memory cap and the answer checks only: for source you trust.
    /// </summary>
    public bool RequireConfinement { get; init; } = true;

    /// <summary>
    /// True to evaluate each time in a fresh worker process, so that not even code that got past every
    /// check keeps anything of one evaluation for the next (for hosts that evaluate different tenants'
    /// documents with one pack); it pays the worker's start and the pack's load every time. False (the
    /// default) lets a worker serve the pack's evaluations one after another, each on a freshly loaded
    /// pack, and stopped between them.
    /// </summary>
    public bool WorkerPerEvaluation { get; init; }

    /// <summary>The most source files a pack folder may hold. Default 1,000.</summary>
    public int MaxSourceFiles { get; init; } = 1_000;

    /// <summary>The most bytes of source (and profile) a pack folder may hold in all. Default 8 MiB.</summary>
    public long MaxSourceBytes { get; init; } = 8L << 20;
}
