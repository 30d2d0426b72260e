using System.Collections.Immutable;
namespace DealRules.Model;

/// <summary>Spend a buyer has committed to a provider.</summary>
/// <param name="Buyer">The id of the party that spends.</param>
/// <param name="Provider">The id of the party paid.</param>
public sealed record ComputeCommitment(string Buyer, string Provider)
{
    /// <summary>Clouds and/or chips the money is spent on.</summary>
    public IReadOnlyList<string> Products { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>
    /// The total over the term; <see langword="null"/> when undisclosed. When the document gives an
    /// <see cref="AnnualAmount"/> instead, this is that amount times <see cref="Years"/>.
    /// </summary>
    public decimal? Amount { get; init; }

    /// <summary>How <see cref="Amount"/> bounds the real figure (format 2; always <see cref="Model.AmountQualifier.Exact"/> in format 1).</summary>
    public AmountQualifier AmountQualifier { get; init; }

    /// <summary>The amount a year, when that is what was disclosed (format 2); <see cref="Amount"/> holds it times <see cref="Years"/>.</summary>
    public decimal? AnnualAmount { get; init; }

    /// <summary>The term in years, when disclosed.</summary>
    public decimal? Years { get; init; }

    /// <summary>The power capacity in gigawatts, when that is what was disclosed.</summary>
    public decimal? CapacityGw { get; init; }

    /// <summary>How <see cref="CapacityGw"/> bounds the real capacity (format 2; always <see cref="Model.AmountQualifier.Exact"/> in format 1).</summary>
    public AmountQualifier CapacityQualifier { get; init; }
}
