using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// One entry of a document's <c>hires</c> (format 2), with what else the hirer takes from the same
/// party in that document: licences to its intellectual property and investments in it.
/// </summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>hires</c>.</param>
/// <param name="Hire">The entry.</param>
public sealed record HireFact(DealScope Scope, int Index, Hire Hire) : DocumentEntry(Scope, Index, "hires")
{
    /// <summary>The party that hires.</summary>
    public Party Hirer => Scope.Party(Hire.Hirer);

    /// <summary>The party the people leave.</summary>
    public Party From => Scope.Party(Hire.From);

    /// <summary>Whether founders or chief executives are among the people hired.</summary>
    public bool IncludesLeaders => Hire.IncludesLeaders;

    /// <summary>How many people were hired, when disclosed.</summary>
    public int? Headcount => Hire.Headcount;

    /// <summary>The <c>ip-license</c> rights the source party grants the hirer in the same document.</summary>
    public IReadOnlyList<RightFact> Licences { get; init; } = [];

    /// <summary>The hirer's investments in the source party in the same document.</summary>
    public IReadOnlyList<InvestmentFact> Investments { get; init; } = [];

    /// <summary>The disclosed licence fees and investment amounts, added up with their qualifiers.</summary>
    public MoneySum Paid =>
        Licences.Where(l => l.Right.Amount is not null).Select(l => MoneySum.Of(l.Right.Amount!.Value, l.Right.AmountQualifier))
            .Concat(Investments.Where(i => i.Investment.Amount is not null).Select(i => MoneySum.Of(i.Investment.Amount!.Value, i.Investment.AmountQualifier)))
            .Aggregate(MoneySum.Zero, (sum, part) => sum.Plus(part));
}
