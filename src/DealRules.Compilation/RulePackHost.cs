using System.Runtime.Loader;
using DealRules.Compilation.Isolation;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Observation;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Compilation;

/// <summary>
/// Serves evaluations from the active rule pack and lets a host replace it while evaluations run:
/// an evaluation in flight finishes on the pack it started with, new evaluations use the new pack,
/// and the old pack's worker stops (or, in process, its assembly unloads) once its last evaluation
/// is done. Packs run in a worker process unless the host asks for <see cref="RulePackIsolation.InProcess"/>.
/// </summary>
public sealed class RulePackHost : IObservableEvaluator, IDisposable
{
    private readonly object swapping = new();
    private readonly RulePackIsolation isolation;
    private readonly SandboxLimits limits;
    private Generation current;

    /// <summary>Starts serving a pack.</summary>
    /// <param name="pack">The first pack; the host owns it from now on.</param>
    /// <param name="profile">The profile to evaluate with; null for the pack's defaults.</param>
    /// <param name="isolation">Where the pack runs: a worker process (the default) or, for trusted source, this process.</param>
    /// <param name="limits">The limits a worker runs under; null for <see cref="SandboxLimits.Default"/>.</param>
    public RulePackHost(SourceRulePack pack, Profile? profile = null, RulePackIsolation isolation = RulePackIsolation.Process, SandboxLimits? limits = null)
    {
        this.isolation = isolation;
        this.limits = limits ?? SandboxLimits.Default;
        current = new Generation(pack, profile, isolation, this.limits);
    }

    /// <summary>The catalog of the pack new evaluations use.</summary>
    public RulePack ActivePack => Volatile.Read(ref current).Evaluator.Pack;

    /// <inheritdoc />
    RulePack IDealEvaluator.Pack => ActivePack;

    /// <summary>The profile of the pack new evaluations use, unless an evaluation names another.</summary>
    public Profile DefaultProfile => Volatile.Read(ref current).Evaluator.DefaultProfile;

    /// <summary>Where the packs run.</summary>
    public RulePackIsolation Isolation => isolation;

    /// <summary>Evaluates on the active pack; a swap during the call does not affect it.</summary>
    /// <param name="documents">The portfolio.</param>
    /// <param name="cancellationToken">Stops the evaluation (an isolated pack's worker is stopped).</param>
    /// <exception cref="RulePackFailedException">The pack's worker died, overran a limit or misbehaved; the next evaluation starts a fresh one.</exception>
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, CancellationToken cancellationToken = default) =>
        Evaluate(documents, null, cancellationToken);

    /// <summary>Evaluates on the active pack with a profile of the caller's; a swap during the call does not affect it.</summary>
    /// <param name="documents">The portfolio.</param>
    /// <param name="profile">Parameter values checked against <see cref="ActivePack"/>; null for <see cref="DefaultProfile"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation (an isolated pack's worker is stopped).</param>
    /// <exception cref="RulePackFailedException">The pack's worker died, overran a limit or misbehaved; the next evaluation starts a fresh one.</exception>
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile, CancellationToken cancellationToken = default)
    {
        var generation = Acquire();
        try
        {
            return generation.Evaluator.Evaluate(documents, profile, cancellationToken);
        }
        finally
        {
            generation.Release();
        }
    }

    /// <summary>
    /// Evaluates on the active pack and lets <paramref name="observer"/> watch its rules (explain,
    /// coverage). Observing listens to the rules' own session, so it needs the pack in this process:
    /// a host created with <see cref="RulePackIsolation.InProcess"/>, for trusted source only.
    /// </summary>
    /// <param name="documents">The portfolio.</param>
    /// <param name="profile">Parameter values checked against <see cref="ActivePack"/>; null for <see cref="DefaultProfile"/>.</param>
    /// <param name="observer">What watches.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="NotSupportedException">The pack runs in a worker process (<see cref="RulePackIsolation.Process"/>).</exception>
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver observer, CancellationToken cancellationToken = default)
    {
        var generation = Acquire();
        try
        {
            return generation.Evaluator is IObservableEvaluator observable
                ? observable.Evaluate(documents, profile, observer, cancellationToken)
                : throw new NotSupportedException(
                    $"The pack {ActivePack.Name} runs in a confined worker process, where its rules cannot be observed; explain and coverage run a pack from source in this process only, for trusted source (RulePackIsolation.InProcess; the command's --rules-in-process).");
        }
        finally
        {
            generation.Release();
        }
    }

    /// <summary>Makes <paramref name="pack"/> the active pack; the previous one stops when its evaluations end.</summary>
    /// <param name="pack">The new pack; the host owns it from now on.</param>
    /// <param name="profile">The profile to evaluate it with.</param>
    public void Swap(SourceRulePack pack, Profile? profile = null)
    {
        Generation previous;
        lock (swapping)
        {
            previous = current;
            Volatile.Write(ref current, new Generation(pack, profile, isolation, limits));
        }

        previous.Release();
    }

    /// <summary>A weak handle on the active pack's load context when it runs in process (null otherwise), to observe that it unloads.</summary>
    public WeakReference? ActiveLoadContext => Volatile.Read(ref current).LoadContext is { } context ? new WeakReference(context) : null;

    /// <summary>Retires the active pack.</summary>
    public void Dispose() => Volatile.Read(ref current).Release();

    private Generation Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref current);
            if (generation.TryAcquire())
            {
                return generation;
            }
        }
    }

    /// <summary>One pack and its evaluator, counted in use; it stops when retired and no longer used.</summary>
    private sealed class Generation
    {
        // One reference for being active, one for each evaluation in flight.
        private int references = 1;
        private readonly SourceRulePack pack;

        public Generation(SourceRulePack pack, Profile? profile, RulePackIsolation isolation, SandboxLimits limits)
        {
            this.pack = pack;
            if (isolation == RulePackIsolation.InProcess)
            {
                var (loaded, context) = pack.LoadInProcess();
                LoadContext = context;
                Evaluator = new DealEvaluator(loaded, profile);
                pack.Dispose();
            }
            else
            {
                Evaluator = new IsolatedEvaluator(pack, profile, limits);
            }
        }

        public IDealEvaluator Evaluator { get; }

        public AssemblyLoadContext? LoadContext { get; private set; }

        public bool TryAcquire()
        {
            for (var seen = Volatile.Read(ref references); seen > 0; seen = Volatile.Read(ref references))
            {
                if (Interlocked.CompareExchange(ref references, seen + 1, seen) == seen)
                {
                    return true;
                }
            }

            return false;
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref references) == 0)
            {
                (Evaluator as IDisposable)?.Dispose();
                pack.Dispose();
                LoadContext?.Unload();
                LoadContext = null;
            }
        }
    }
}
