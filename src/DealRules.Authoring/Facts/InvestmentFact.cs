using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>investments</c>, with its parties resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>investments</c>.</param>
/// <param name="Investment">The entry.</param>
public sealed record InvestmentFact(DealScope Scope, int Index, Investment Investment) : DocumentEntry(Scope, Index, "investments")
{
    /// <summary>The investing party.</summary>
    public Party Investor => Scope.Party(Investment.Investor);

    /// <summary>The party invested in.</summary>
    public Party Investee => Scope.Party(Investment.Investee);

    /// <summary>The form the investment takes.</summary>
    public Instrument Instrument => Investment.Instrument;

    /// <summary>The amount; null when undisclosed.</summary>
    public decimal? Amount => Investment.Amount;

    /// <summary>How <see cref="Amount"/> bounds the real figure.</summary>
    public AmountQualifier AmountQualifier => Investment.AmountQualifier;

    /// <summary>The investee's valuation after the investment, when disclosed.</summary>
    public decimal? PostMoneyValuation => Investment.PostMoneyValuation;

    /// <summary>The investor's resulting stake, 0–100, when disclosed.</summary>
    public decimal? StakePercent => Investment.StakePercent;

    /// <summary>What releases the money.</summary>
    public InvestmentCondition Condition => Investment.Condition;

    /// <summary>
    /// The valuation the investee's expected listing is to reach: the document's
    /// <c>ipo.targetValuation</c> when the listing is the investee's; null otherwise.
    /// </summary>
    public decimal? InvesteeIpoTarget =>
        Scope.Deal.Ipo is { TargetValuation: { } target } ipo && ipo.Party == Investment.Investee ? target : null;

    /// <summary>The pointer to the document's expected listing (<c>/ipo</c>).</summary>
    public string IpoPointer => Scope.Pointer("/ipo");
}
