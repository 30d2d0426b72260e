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
    /// <summary>The spend-back ratio: committed spend divided by the amount invested (stated amounts only).</summary>
    public decimal Ratio { get; } = ExactMath.Quotient(CommittedSpend, Invested);

    /// <summary>The investments as a sum, with their qualifiers (format 2); exactly <see cref="Invested"/> under format 1.</summary>
    public MoneySum InvestedSum { get; init; } = MoneySum.Exact(Invested);

    /// <summary>The commitments back as a sum, with their qualifiers and any capacity with no disclosed amount (format 2); exactly <see cref="CommittedSpend"/> under format 1.</summary>
    public MoneySum CommittedSum { get; init; } = MoneySum.Exact(CommittedSpend);

    /// <summary>Investments from investor to investee released only on a milestone or a listing (format 2), left out of <see cref="Invested"/>; 0 when none.</summary>
    public decimal ConditionalInvested { get; init; }

    /// <summary>The spend-back ratio with capacity priced at <paramref name="dollarsPerGw"/>; <see cref="Ratio"/> when no capacity is valued.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal RatioAt(decimal dollarsPerGw) => ExactMath.Quotient(CommittedSum.ValueAt(dollarsPerGw), InvestedSum.ValueAt(dollarsPerGw));
}
