using DealRules.Model;

namespace DealRules.Authoring;

/// <summary>
/// A sum of money in one currency, as the documents state it (format 2 reads): the stated amounts,
/// plus capacity in gigawatts whose money was not disclosed, which a rule values at a price per
/// gigawatt (the profile's <c>capacity.dollarsPerGw</c> in the shipped catalog). A sum that holds
/// such capacity is an estimate, and findings say so. Under format 1 every sum is exact and holds no
/// capacity, so its value is its stated amount.
/// </summary>
/// <param name="Stated">The stated amounts added up, in whole units of the currency; qualified figures count at their stated value.</param>
/// <param name="CapacityGw">Gigawatts committed with no disclosed amount; 0 when none.</param>
public sealed record MoneySum(decimal Stated, decimal CapacityGw)
{
    /// <summary>No money.</summary>
    public static readonly MoneySum Zero = new(0m, 0m);

    /// <summary>True when an "up to" figure is part of the sum: it is a ceiling.</summary>
    public bool HasCeiling { get; init; }

    /// <summary>True when an "at least" figure is part of the sum: it is a floor.</summary>
    public bool HasFloor { get; init; }

    /// <summary>True when an "about" figure is part of the sum.</summary>
    public bool HasApproximation { get; init; }

    /// <summary>True when capacity is valued into the sum, which makes it an estimate.</summary>
    public bool Estimated => CapacityGw > 0;

    /// <summary>
    /// How the sum bounds the real figure: <see cref="AmountQualifier.UpTo"/> when it holds a ceiling
    /// and no floor, <see cref="AmountQualifier.AtLeast"/> for a floor and no ceiling,
    /// <see cref="AmountQualifier.About"/> when it holds both or an approximation, else exact.
    /// </summary>
    public AmountQualifier Qualifier => (HasCeiling, HasFloor) switch
    {
        (true, true) => AmountQualifier.About,
        (true, false) => AmountQualifier.UpTo,
        (false, true) => AmountQualifier.AtLeast,
        _ => HasApproximation ? AmountQualifier.About : AmountQualifier.Exact,
    };

    /// <summary>An exact stated amount.</summary>
    /// <param name="amount">The amount.</param>
    public static MoneySum Exact(decimal amount) => new(amount, 0m);

    /// <summary>The value of the sum with capacity priced at <paramref name="dollarsPerGw"/> a gigawatt.</summary>
    /// <param name="dollarsPerGw">The price of a gigawatt, in the sum's currency.</param>
    public decimal ValueAt(decimal dollarsPerGw) =>
        ExactMath.Add(Stated, NoCapacity && dollarsPerGw > 0m ? 0m : ExactMath.ScaledBy(CapacityGw, dollarsPerGw, 1));

    /// <summary>
    /// Capacity of exactly <c>0m</c> (no scale, no sign), as a sum without capacity holds: priced at a
    /// positive price it scales to exactly <c>0m</c>, so <see cref="ValueAt"/> skips the scaling (rule
    /// conditions ask for the value of every sum) and gets the same bits.
    /// </summary>
    private bool NoCapacity => CapacityGw == 0m && CapacityGw.Scale == 0 && !decimal.IsNegative(CapacityGw);

    /// <summary>This sum and another added up; the qualifiers of both carry over.</summary>
    /// <param name="other">The other sum.</param>
    public MoneySum Plus(MoneySum other) => new(ExactMath.Add(Stated, other.Stated), ExactMath.Add(CapacityGw, other.CapacityGw))
    {
        HasCeiling = HasCeiling || other.HasCeiling,
        HasFloor = HasFloor || other.HasFloor,
        HasApproximation = HasApproximation || other.HasApproximation,
    };

    /// <summary>An amount with its qualifier.</summary>
    /// <param name="amount">The stated amount.</param>
    /// <param name="qualifier">How it bounds the real figure.</param>
    public static MoneySum Of(decimal amount, AmountQualifier qualifier) => Qualified(amount, 0m, qualifier);

    /// <summary>Capacity with no disclosed amount, with its qualifier.</summary>
    /// <param name="gigawatts">The capacity.</param>
    /// <param name="qualifier">How it bounds the real capacity.</param>
    public static MoneySum OfCapacity(decimal gigawatts, AmountQualifier qualifier) => Qualified(0m, gigawatts, qualifier);

    // One sum made with its qualifier, not an exact sum copied with it: money is read for every entry of every document.
    private static MoneySum Qualified(decimal stated, decimal gigawatts, AmountQualifier qualifier) => new(stated, gigawatts)
    {
        HasCeiling = qualifier == AmountQualifier.UpTo,
        HasFloor = qualifier == AmountQualifier.AtLeast,
        HasApproximation = qualifier == AmountQualifier.About,
    };
}
