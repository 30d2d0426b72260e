using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Compilation;

/// <summary>
/// Serves evaluations from the active rule pack and lets a host replace it while evaluations run:
/// an evaluation in flight finishes on the pack it started with, new evaluations use the new pack,
/// and the old pack's assembly unloads once its last evaluation is done.
/// </summary>
public sealed class RulePackHost : IDisposable
{
    private readonly object swapping = new();
    private Generation current;

    /// <summary>Starts serving a pack.</summary>
    /// <param name="pack">The first pack; the host owns it from now on.</param>
    /// <param name="profile">The profile to evaluate with; null for the pack's defaults.</param>
    public RulePackHost(SourceRulePack pack, Profile? profile = null) => current = new Generation(pack, profile);

    /// <summary>The pack new evaluations use.</summary>
    public RulePack ActivePack => Volatile.Read(ref current).Pack.Pack;

    /// <summary>Evaluates on the active pack; a swap during the call does not affect it.</summary>
    /// <param name="documents">The portfolio.</param>
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents)
    {
        var generation = Acquire();
        try
        {
            return generation.Evaluator.Evaluate(documents);
        }
        finally
        {
            generation.Release();
        }
    }

    /// <summary>Makes <paramref name="pack"/> the active pack; the previous one unloads when its evaluations end.</summary>
    /// <param name="pack">The new pack; the host owns it from now on.</param>
    /// <param name="profile">The profile to evaluate it with.</param>
    public void Swap(SourceRulePack pack, Profile? profile = null)
    {
        Generation previous;
        lock (swapping)
        {
            previous = current;
            Volatile.Write(ref current, new Generation(pack, profile));
        }

        previous.Retire();
    }

    /// <summary>Retires the active pack.</summary>
    public void Dispose() => Volatile.Read(ref current).Retire();

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

    /// <summary>One pack and its evaluator, counted in use; it unloads when retired and no longer used.</summary>
    private sealed class Generation(SourceRulePack pack, Profile? profile)
    {
        // One reference for being active, one for each evaluation in flight.
        private int references = 1;

        public SourceRulePack Pack { get; } = pack;

        public DealEvaluator Evaluator { get; } = new(pack.Pack, profile);

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
                Pack.Dispose();
            }
        }

        public void Retire() => Release();
    }
}
