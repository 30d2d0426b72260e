using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across the portfolio, the share of a buyer's disclosed chip-naming commitments (in one currency)
/// that run only on chips of one controlling party.
/// </summary>
/// <param name="Buyer">The buyer.</param>
/// <param name="Controller">The party that controls the chips.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Amount">The buyer's disclosed commitments whose chips are all the controller's.</param>
/// <param name="ChipTotal">The buyer's disclosed commitments whose products name any chip; above 0.</param>
/// <param name="ProviderCount">How many providers those chip-naming commitments go to.</param>
public sealed record ChipShare(Party Buyer, Party Controller, string Currency, decimal Amount, decimal ChipTotal, int ProviderCount) : PortfolioFact
{
    /// <summary>The controller's share of the buyer's chip-naming total, 0–100.</summary>
    public decimal SharePercent { get; } = ExactMath.ScaledBy(Amount, 100, ChipTotal);
}
