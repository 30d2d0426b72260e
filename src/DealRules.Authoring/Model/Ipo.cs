namespace DealRules.Model;

/// <summary>An expected listing of one party.</summary>
/// <param name="Party">The id of the party expected to list.</param>
public sealed record Ipo(string Party)
{
    /// <summary>The year of the expected listing.</summary>
    public int? ExpectedYear { get; init; }

    /// <summary>The valuation the listing is expected to reach.</summary>
    public decimal? TargetValuation { get; init; }
}
