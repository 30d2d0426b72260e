using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Observation;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Engine;

/// <summary>
/// Several packs evaluated side by side, as one: the shipped catalog in this process and a pack from
/// source in its worker, say. Each pack runs apart (its own sessions, or its own process), so no pack
/// sees or changes another's facts or findings; their findings and errors make one report, whose
/// header counts the rules in force of every pack. Rule ids must not clash (checked when created).
/// </summary>
public sealed class CombinedEvaluator : IObservableEvaluator, IDisposable
{
    private readonly IReadOnlyList<IDealEvaluator> parts;

    /// <summary>Combines evaluators; this one owns them from now on and disposes those that are disposable.</summary>
    /// <param name="parts">The evaluators, the shipped catalog first by convention.</param>
    /// <exception cref="RulePackException">Two packs share a rule id, or declare one parameter differently (<see cref="RulePack.Combine"/>).</exception>
    public CombinedEvaluator(IReadOnlyList<IDealEvaluator> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("Nothing to combine.", nameof(parts));
        }

        this.parts = parts;
        Pack = RulePack.Combine(parts.Select(p => p.Pack).ToArray());
        var named = parts.Select(p => p.DefaultProfile).Where(p => p.Name != Profile.Default.Name).ToArray();
        DefaultProfile = named.Length == 0
            ? Profile.Default
            : new Profile(string.Join(" + ", named.Select(p => p.Name)), named.SelectMany(p => p.Values).GroupBy(v => v.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
    }

    /// <summary>Every pack's rules and parameters.</summary>
    public RulePack Pack { get; }

    /// <summary>Every pack's own default profile, merged (a pack's profile names only its own parameters).</summary>
    public Profile DefaultProfile { get; }

    /// <summary>The evaluators combined.</summary>
    public IReadOnlyList<IDealEvaluator> Parts => parts;

    /// <inheritdoc />
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default) =>
        Combine(documents, profile, part => part.Evaluate(documents, profile, cancellationToken));

    /// <inheritdoc />
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver observer, CancellationToken cancellationToken = default) =>
        Combine(documents, profile, part => part is IObservableEvaluator observable
            ? observable.Evaluate(documents, profile, observer, cancellationToken)
            : throw new NotSupportedException($"The rules of {part.Pack.Name} run where they cannot be observed."));

    /// <summary>Disposes the evaluators that are disposable.</summary>
    public void Dispose()
    {
        foreach (var part in parts)
        {
            (part as IDisposable)?.Dispose();
        }
    }

    private EvaluationReport Combine(IReadOnlyCollection<DealDocument> documents, Profile? profile, Func<IDealEvaluator, EvaluationReport> evaluate)
    {
        var findings = new List<Finding>();
        var errors = new List<RuleError>();
        foreach (var part in parts)
        {
            var report = evaluate(part);
            findings.AddRange(report.Findings);
            errors.AddRange(report.Errors);
        }

        return DealEvaluator.ReportOf(Pack, documents, (profile ?? DefaultProfile).Name, findings, errors);
    }
}
