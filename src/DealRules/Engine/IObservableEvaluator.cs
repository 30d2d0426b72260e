using DealRules.Documents;
using DealRules.Observation;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Engine;

/// <summary>
/// An evaluator whose rules run where an <see cref="EvaluationObserver"/> can watch them: in this
/// process. <see cref="DealEvaluator"/> is one; a pack from source is one only when its host runs it in
/// process (trusted source), since observing means listening to the rules' session.
/// </summary>
public interface IObservableEvaluator : IDealEvaluator
{
    /// <summary>Evaluates documents as <see cref="IDealEvaluator.Evaluate"/> does, and lets <paramref name="observer"/> watch the rules' conditions and firings.</summary>
    /// <param name="documents">Documents read by <see cref="DealDocumentReader"/>; their deal ids must differ.</param>
    /// <param name="profile">Parameter values checked against <see cref="IDealEvaluator.Pack"/>; null for <see cref="IDealEvaluator.DefaultProfile"/>.</param>
    /// <param name="observer">What watches; it keeps what it saw across evaluations.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The same report as without an observer.</returns>
    /// <exception cref="ArgumentException">Two documents share a deal id.</exception>
    /// <exception cref="NotSupportedException">The rules run where they cannot be watched (a pack from source in a worker process).</exception>
    EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver observer, CancellationToken cancellationToken = default);
}
