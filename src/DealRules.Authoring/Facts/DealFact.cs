using DealRules.Model;

namespace DealRules.Facts;

/// <summary>A whole deal document, as one fact.</summary>
/// <param name="Scope">The document.</param>
public sealed record DealFact(DealScope Scope) : IDealFact
{
    /// <summary>The deal.</summary>
    public Deal Deal => Scope.Deal;

    /// <summary>How far the deal has progressed.</summary>
    public DealStatus Status => Scope.Deal.Status;

    /// <summary>Every party the document declares, in document order.</summary>
    public IReadOnlyList<Party> Parties => Scope.Deal.Parties;

    /// <summary>The pointer to the document's status.</summary>
    public string StatusPointer { get; } = Scope.Pointer("/status");

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];
}
