namespace DealRules.Model;

/// <summary>A holding outside the deal that matters to it.</summary>
/// <param name="Investor">The id of the holder.</param>
/// <param name="Investee">The id of the party held.</param>
public sealed record Stake(string Investor, string Investee)
{
    /// <summary>The amount invested, when disclosed.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The stake, 0–100, when disclosed.</summary>
    public decimal? StakePercent { get; init; }
}
