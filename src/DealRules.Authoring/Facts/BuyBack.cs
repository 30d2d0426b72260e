using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across a format 2 portfolio, an investor that also commits to spend with its own investee: the
/// mirror image of <see cref="SpendBack"/> (the investor's money reaches the investee twice, as
/// capital and as revenue). Built for every investor and investee pair with at least one investment
/// (disclosed or not) and a commitment whose amount or capacity is known, per currency.
/// </summary>
/// <param name="Investor">The investor, which is also the buyer.</param>
/// <param name="Investee">The investee, which is also the provider.</param>
/// <param name="Currency">The currency of both sums.</param>
public sealed record BuyBack(Party Investor, Party Investee, string Currency) : PortfolioFact
{
    /// <summary>The investor's unconditional disclosed investments in the investee (consumption-conditioned included); zero when every amount is undisclosed.</summary>
    public required MoneySum Invested { get; init; }

    /// <summary>The investor's commitments to buy from the investee, with qualifiers and capacity.</summary>
    public required MoneySum Committed { get; init; }

    /// <summary>True when at least one investment between the two has no disclosed amount.</summary>
    public bool UndisclosedInvestment { get; init; }

    /// <summary>The commitments divided by the investments, capacity priced at <paramref name="dollarsPerGw"/>; null when no investment amount is disclosed.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal? RatioAt(decimal dollarsPerGw) =>
        Invested.ValueAt(dollarsPerGw) is > 0 and var invested ? Committed.ValueAt(dollarsPerGw) / invested : null;
}
