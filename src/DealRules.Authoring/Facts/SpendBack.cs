using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across the portfolio, what an investor put into an investee and what the investee committed to
/// spend back with the investor, disclosed amounts only, in one currency.
/// </summary>
/// <param name="Investor">The investor.</param>
/// <param name="Investee">The investee.</param>
/// <param name="Currency">The currency of both sums.</param>
/// <param name="Invested">The disclosed investments from investor to investee; above 0.</param>
/// <param name="CommittedSpend">The disclosed commitments from investee to investor; above 0.</param>
public sealed record SpendBack(Party Investor, Party Investee, string Currency, decimal Invested, decimal CommittedSpend) : PortfolioFact
{
    /// <summary>The spend-back ratio: committed spend divided by the amount invested.</summary>
    public decimal Ratio { get; } = ExactMath.Quotient(CommittedSpend, Invested);
}
