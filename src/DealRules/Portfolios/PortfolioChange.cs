using DealRules.Authoring;
using DealRules.Documents;

namespace DealRules.Portfolios;

/// <summary>What an edit of a <see cref="StandingPortfolio"/> changed.</summary>
/// <param name="Appeared">Findings the portfolio has now and did not have before, in report order.</param>
/// <param name="Disappeared">Findings it had before and has no more, in report order.</param>
/// <param name="Problems">Why the edit was refused (then nothing changed): an unknown or a taken deal id, or a document that disagrees with the portfolio.</param>
/// <param name="Warnings">Differences worth a look that change no finding (a party with two display names).</param>
/// <param name="DocumentsEvaluated">How many documents were evaluated again: those of the groups of connected documents the edit touched.</param>
public sealed record PortfolioChange(
    IReadOnlyList<Finding> Appeared, IReadOnlyList<Finding> Disappeared, IReadOnlyList<DocumentProblem> Problems, IReadOnlyList<DocumentProblem> Warnings, int DocumentsEvaluated)
{
    /// <summary>True when the edit was made.</summary>
    public bool Applied => Problems.Count == 0;
}
