using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>rights</c>, with its parties resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>rights</c>.</param>
/// <param name="Right">The entry.</param>
public sealed record RightFact(DealScope Scope, int Index, Right Right) : DocumentEntry(Scope, Index, "rights")
{
    /// <summary>What the right is.</summary>
    public RightKind Kind => Right.Kind;

    /// <summary>The party that holds the right.</summary>
    public Party Holder => Scope.Party(Right.Holder);

    /// <summary>The party that grants it.</summary>
    public Party Grantor => Scope.Party(Right.Grantor);

    /// <summary>The percentage, 0–100, for a revenue share, when disclosed.</summary>
    public decimal? Percent => Right.Percent;
}
