using DealRules.Model;

namespace DealRules.Tests.Support;

/// <summary>Small format 2 deals built in code, on top of <see cref="TestDeals"/>.</summary>
internal static class Format2
{
    /// <summary>A format 2 deal between <see cref="TestDeals.Investor"/> and <see cref="TestDeals.Lab"/>.</summary>
    public static Deal Deal(string id = "test-deal", params Party[] extraParties) => TestDeals.Deal(id, extraParties) with { SchemaVersion = 2 };

    public static Investment Investing(decimal? amount, AmountQualifier qualifier = AmountQualifier.Exact, InvestmentCondition condition = InvestmentCondition.None,
        string investor = "hyper", string investee = "lab", Instrument instrument = Instrument.Equity) =>
        new(investor, investee, instrument) { Amount = amount, AmountQualifier = qualifier, Condition = condition };

    public static ComputeCommitment Committing(decimal? amount, string buyer = "lab", string provider = "hyper", decimal? gigawatts = null,
        AmountQualifier qualifier = AmountQualifier.Exact, params string[] products) =>
        new(buyer, provider) { Amount = amount, AmountQualifier = qualifier, CapacityGw = gigawatts, Products = products };

    /// <summary>The default price of a gigawatt, <c>capacity.dollarsPerGw</c>.</summary>
    public const decimal DollarsPerGw = 50_000_000_000m;
}
