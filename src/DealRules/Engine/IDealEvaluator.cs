using DealRules.Documents;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Engine;

/// <summary>
/// Evaluates deal documents against one rule pack. <see cref="DealEvaluator"/> runs the pack in this
/// process; a pack compiled from source runs in a worker process behind the same interface
/// (<c>DealRules.Compilation.RulePackHost</c>).
/// </summary>
public interface IDealEvaluator
{
    /// <summary>The pack: its rules' catalog entries and its parameters.</summary>
    RulePack Pack { get; }

    /// <summary>The profile used when an evaluation names none.</summary>
    Profile DefaultProfile { get; }

    /// <summary>Evaluates documents together, as one portfolio.</summary>
    /// <param name="documents">Documents read by <see cref="DealDocumentReader"/>; their deal ids must differ.</param>
    /// <param name="profile">Parameter values checked against <see cref="Pack"/>; null for <see cref="DefaultProfile"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The report: findings in report order, and any rule that threw.</returns>
    /// <exception cref="ArgumentException">Two documents share a deal id.</exception>
    /// <exception cref="RulePackFailedException">The pack's process died, overran a limit or misbehaved (isolated packs only).</exception>
    EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default);
}
