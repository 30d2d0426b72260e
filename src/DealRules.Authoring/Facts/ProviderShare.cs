using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across the portfolio, the share of a buyer's disclosed commitments (in one currency) that goes
/// to one provider.
/// </summary>
/// <param name="Buyer">The buyer.</param>
/// <param name="Provider">The provider.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Amount">The buyer's disclosed commitments to this provider.</param>
/// <param name="BuyerTotal">The buyer's disclosed commitments to every provider; above 0.</param>
/// <param name="ProviderCount">How many providers the buyer has disclosed commitments with.</param>
public sealed record ProviderShare(Party Buyer, Party Provider, string Currency, decimal Amount, decimal BuyerTotal, int ProviderCount) : PortfolioFact
{
    /// <summary>The provider's share of the buyer's total, 0–100.</summary>
    public decimal SharePercent { get; } = ExactMath.ScaledBy(Amount, 100, BuyerTotal);
}
