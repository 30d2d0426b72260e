using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>computeCommitments</c>, with its parties resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>computeCommitments</c>.</param>
/// <param name="Commitment">The entry.</param>
public sealed record CommitmentFact(DealScope Scope, int Index, ComputeCommitment Commitment) : DocumentEntry(Scope, Index, "computeCommitments")
{
    /// <summary>The party that spends.</summary>
    public Party Buyer => Scope.Party(Commitment.Buyer);

    /// <summary>The party paid.</summary>
    public Party Provider => Scope.Party(Commitment.Provider);

    /// <summary>The total over the term; null when undisclosed.</summary>
    public decimal? Amount => Commitment.Amount;
}
