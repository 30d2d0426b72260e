namespace DealRules.Model;

/// <summary>A governance, access or economic right that one party grants another.</summary>
/// <param name="Holder">The id of the party that holds the right.</param>
/// <param name="Grantor">The id of the party that grants it.</param>
/// <param name="Kind">What the right is.</param>
public sealed record Right(string Holder, string Grantor, RightKind Kind)
{
    /// <summary>The percentage, 0–100, for a revenue share.</summary>
    public decimal? Percent { get; init; }

    /// <summary>What the holder pays for the right, such as a licence fee, when disclosed (format 2).</summary>
    public decimal? Amount { get; init; }

    /// <summary>How <see cref="Amount"/> bounds the real figure (format 2).</summary>
    public AmountQualifier AmountQualifier { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }
}
