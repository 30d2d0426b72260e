using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Engine;

/// <summary>
/// How the money of a group of documents is counted, by the format the group is read under. Format 1
/// counts every disclosed amount as stated. Format 2 sets investments released on a milestone or a
/// listing apart (consumption-conditioned ones count, since they are paid as the spend they finance
/// happens), counts a commitment at its amount or, when that is undisclosed, at its capacity in
/// gigawatts (which rules value with the profile's price of a gigawatt), and carries qualifiers.
/// </summary>
internal sealed class MoneyReading
{
    public static readonly MoneyReading FormatOne = new(1);

    public static readonly MoneyReading FormatTwo = new(2);

    private MoneyReading(int format) => Format = format;

    /// <summary>The format facts are built under; portfolio facts carry it.</summary>
    public int Format { get; }

    /// <summary>
    /// True when a buyer whose counted total is not above 0 gets no share facts: format 1 skips it,
    /// format 2 keeps it, since its commitments may be known only by capacity.
    /// </summary>
    public bool SkipsEmptyTotals => Format == 1;

    public static MoneyReading Of(int format) => format >= 2 ? FormatTwo : FormatOne;

    /// <summary>True for an investment whose amount counts in money sums.</summary>
    public bool Counts(InvestmentFact investment) =>
        investment.Amount is not null && (Format == 1 || investment.Condition is InvestmentCondition.None or InvestmentCondition.Consumption);

    /// <summary>What a commitment counts for; null when it counts for nothing (undisclosed, and under format 2 no capacity either).</summary>
    public MoneySum? Valued(CommitmentFact commitment) => commitment.Commitment switch
    {
        { Amount: { } amount } c => MoneySum.Of(amount, c.AmountQualifier),
        { CapacityGw: { } gw } c when Format >= 2 && gw > 0 => MoneySum.OfCapacity(gw, c.CapacityQualifier),
        _ => null,
    };

    /// <summary>An investment whose amount is disclosed, as a sum with its qualifier.</summary>
    public static MoneySum Invested(InvestmentFact investment) => MoneySum.Of(investment.Amount!.Value, investment.AmountQualifier);

    public static MoneySum Total(IEnumerable<MoneySum> parts) => parts.Aggregate(MoneySum.Zero, (sum, part) => sum.Plus(part));
}
