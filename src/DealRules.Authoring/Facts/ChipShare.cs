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
/// <param name="ChipTotal">The buyer's disclosed commitments whose products name any chip; above 0 under format 1.</param>
/// <param name="ProviderCount">How many providers those chip-naming commitments go to.</param>
public sealed record ChipShare(Party Buyer, Party Controller, string Currency, decimal Amount, decimal ChipTotal, int ProviderCount) : PortfolioFact
{
    /// <summary>The controller's share of the buyer's chip-naming total, 0–100 (stated amounts only), exact to the last digit kept.</summary>
    public decimal SharePercent { get; } = ChipTotal > 0 ? ExactMath.ScaledBy(Amount, 100, ChipTotal) : 0;

    /// <summary>The commitments on the controller's chips as a sum, with qualifiers and capacity (format 2); exactly <see cref="Amount"/> under format 1.</summary>
    public MoneySum AmountSum { get; init; } = MoneySum.Exact(Amount);

    /// <summary>The buyer's chip-naming commitments as a sum (format 2); exactly <see cref="ChipTotal"/> under format 1.</summary>
    public MoneySum ChipTotalSum { get; init; } = MoneySum.Exact(ChipTotal);

    /// <summary>The controller's share, 0–100, with capacity priced at <paramref name="dollarsPerGw"/>.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal SharePercentAt(decimal dollarsPerGw) =>
        ChipTotalSum.ValueAt(dollarsPerGw) is > 0 and var total ? ExactMath.ScaledBy(AmountSum.ValueAt(dollarsPerGw), 100, total) : 0;
}
