namespace DealRules.Model;

/// <summary>Money or equity going from an investor to an investee.</summary>
/// <param name="Investor">The id of the party that invests.</param>
/// <param name="Investee">The id of the party invested in.</param>
/// <param name="Instrument">The form the investment takes.</param>
public sealed record Investment(string Investor, string Investee, Instrument Instrument)
{
    /// <summary>The amount in the document's currency; <see langword="null"/> when undisclosed.</summary>
    public decimal? Amount { get; init; }

    /// <summary>How <see cref="Amount"/> bounds the real figure (format 2; always <see cref="Model.AmountQualifier.Exact"/> in format 1).</summary>
    public AmountQualifier AmountQualifier { get; init; }

    /// <summary>The investee's valuation after this investment, when disclosed.</summary>
    public decimal? PostMoneyValuation { get; init; }

    /// <summary>The investor's resulting stake, 0–100, when disclosed.</summary>
    public decimal? StakePercent { get; init; }

    /// <summary>Whether the stake carries votes.</summary>
    public bool Voting { get; init; }

    /// <summary>What releases the money.</summary>
    public InvestmentCondition Condition { get; init; } = InvestmentCondition.None;
}
