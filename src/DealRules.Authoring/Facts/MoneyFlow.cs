using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across the portfolio, all disclosed money from one party to another in one currency: investments
/// from investor to investee and commitments from buyer to provider, summed.
/// </summary>
/// <param name="From">The party the money leaves.</param>
/// <param name="To">The party it reaches.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Amount">The sum of the flows' stated amounts.</param>
public sealed record MoneyFlow(Party From, Party To, string Currency, decimal Amount) : PortfolioFact
{
    /// <summary>The flows as a sum, with qualifiers and capacity with no disclosed amount (format 2); exactly <see cref="Amount"/> under format 1.</summary>
    public MoneySum Sum { get; init; } = MoneySum.Exact(Amount);
}
