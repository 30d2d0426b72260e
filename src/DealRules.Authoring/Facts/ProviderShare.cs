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
/// <param name="BuyerTotal">The buyer's disclosed commitments to every provider; above 0 under format 1.</param>
/// <param name="ProviderCount">How many providers the buyer has disclosed commitments with.</param>
public sealed record ProviderShare(Party Buyer, Party Provider, string Currency, decimal Amount, decimal BuyerTotal, int ProviderCount) : PortfolioFact
{
    /// <summary>The provider's share of the buyer's total, 0–100 (stated amounts only).</summary>
    public decimal SharePercent { get; } = BuyerTotal > 0 ? ExactMath.ScaledBy(Amount, 100, BuyerTotal) : 0;

    /// <summary>The commitments to this provider as a sum, with qualifiers and capacity (format 2); exactly <see cref="Amount"/> under format 1.</summary>
    public MoneySum AmountSum { get; init; } = MoneySum.Exact(Amount);

    /// <summary>The buyer's commitments to every provider as a sum (format 2); exactly <see cref="BuyerTotal"/> under format 1.</summary>
    public MoneySum BuyerTotalSum { get; init; } = MoneySum.Exact(BuyerTotal);

    /// <summary>The provider's share, 0–100, with capacity priced at <paramref name="dollarsPerGw"/>.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal SharePercentAt(decimal dollarsPerGw) =>
        BuyerTotalSum.ValueAt(dollarsPerGw) is > 0 and var total ? ExactMath.ScaledBy(AmountSum.ValueAt(dollarsPerGw), 100, total) : 0;
}
