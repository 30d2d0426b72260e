using System.Collections.Immutable;
using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>
/// An investor and an investee of one document, with every investment between them and every
/// commitment the investee made back to the investor in that document.
/// </summary>
/// <param name="Scope">The document.</param>
/// <param name="Investor">The investor.</param>
/// <param name="Investee">The investee.</param>
/// <param name="Investments">The investments from investor to investee, in document order.</param>
/// <param name="CommitmentsBack">The investee's commitments to the investor, disclosed or not, in document order.</param>
public sealed record InvestorLink(
    DealScope Scope,
    Party Investor,
    Party Investee,
    IReadOnlyList<InvestmentFact> Investments,
    IReadOnlyList<CommitmentFact> CommitmentsBack) : IDealFact
{
    /// <summary>The investments from investor to investee, in document order.</summary>
    public IReadOnlyList<InvestmentFact> Investments { get; init => field = value.ToImmutableArray(); } = Investments.ToImmutableArray();

    /// <summary>The investee's commitments to the investor, disclosed or not, in document order.</summary>
    public IReadOnlyList<CommitmentFact> CommitmentsBack { get; init => field = value.ToImmutableArray(); } = CommitmentsBack.ToImmutableArray();

    /// <summary>The currency of every amount in the document.</summary>
    public string Currency => Scope.Currency;

    /// <summary>The document format in force for the document (<see cref="DealScope.Format"/>).</summary>
    public int Format => Scope.Format;

    /// <summary>The sum of the disclosed commitments back; undisclosed ones count for nothing.</summary>
    public decimal DisclosedCommittedBack { get; } = DisclosedSum(CommitmentsBack);

    /// <summary>
    /// The commitments back as a sum: exactly <see cref="DisclosedCommittedBack"/> under format 1; under
    /// format 2 with their qualifiers, and with the capacity of commitments whose amount is undisclosed.
    /// </summary>
    public MoneySum CommittedBackSum { get; init; } = MoneySum.Exact(DisclosedSum(CommitmentsBack));

    /// <summary>The pointers to the commitments back counted in <see cref="CommittedBackSum"/>, in document order.</summary>
    public IReadOnlyList<string> CountedCommitmentPointers { get; init; } = DisclosedPointers(CommitmentsBack);

    /// <summary>The pointers to the investments.</summary>
    public IEnumerable<string> InvestmentPointers => Investments.Select(i => i.Pointer);

    /// <summary>The pointers to the commitments back whose amount is disclosed.</summary>
    public IEnumerable<string> DisclosedCommitmentPointers =>
        CommitmentsBack.Where(c => c.Commitment.Amount is not null).Select(c => c.Pointer);

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];

    // Loops rather than LINQ: a link is made for every investor and investee of every document.
    private static decimal DisclosedSum(IReadOnlyList<CommitmentFact> commitments)
    {
        var sum = 0m;
        for (var i = 0; i < commitments.Count; i++)
        {
            sum = ExactMath.Add(sum, commitments[i].Commitment.Amount ?? 0);
        }

        return sum;
    }

    private static ImmutableArray<string> DisclosedPointers(IReadOnlyList<CommitmentFact> commitments)
    {
        if (commitments.Count == 0)
        {
            return [];
        }

        var pointers = ImmutableArray.CreateBuilder<string>(commitments.Count);
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i].Commitment.Amount is not null)
            {
                pointers.Add(commitments[i].Pointer);
            }
        }

        return pointers.DrainToImmutable();
    }
}
