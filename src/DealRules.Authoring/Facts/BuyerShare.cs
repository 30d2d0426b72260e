using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// Across a format 2 portfolio, the share of a provider's committed business (in one currency) that
/// comes from one buyer: the other side of <see cref="ProviderShare"/>.
/// </summary>
/// <param name="Provider">The provider.</param>
/// <param name="Buyer">The buyer.</param>
/// <param name="Currency">The currency.</param>
/// <param name="BuyerCount">How many buyers have commitments with the provider whose amount or capacity is known.</param>
public sealed record BuyerShare(Party Provider, Party Buyer, string Currency, int BuyerCount) : PortfolioFact
{
    /// <summary>The buyer's commitments to the provider, with qualifiers and capacity.</summary>
    public required MoneySum Amount { get; init; }

    /// <summary>Every buyer's commitments to the provider.</summary>
    public required MoneySum ProviderTotal { get; init; }

    /// <summary>The buyer's share of the provider's total, 0–100, capacity priced at <paramref name="dollarsPerGw"/>.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt.</param>
    public decimal SharePercentAt(decimal dollarsPerGw) =>
        ProviderTotal.ValueAt(dollarsPerGw) is > 0 and var total ? Amount.ValueAt(dollarsPerGw) * 100 / total : 0;
}
