using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>investments</c>, with its parties resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>investments</c>.</param>
/// <param name="Investment">The entry.</param>
public sealed record InvestmentFact(DealScope Scope, int Index, Investment Investment) : IDealFact
{
    /// <summary>The investing party.</summary>
    public Party Investor => Scope.Party(Investment.Investor);

    /// <summary>The party invested in.</summary>
    public Party Investee => Scope.Party(Investment.Investee);

    /// <summary>The pointer to the entry.</summary>
    public string Pointer { get; } = Scope.Pointer($"/investments/{Index}");

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];
}
