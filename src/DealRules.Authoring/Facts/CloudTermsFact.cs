using System.Collections.Immutable;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>cloudTerms</c>, with its party and cloud controllers resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>cloudTerms</c>.</param>
/// <param name="Terms">The entry.</param>
public sealed record CloudTermsFact(DealScope Scope, int Index, CloudTerms Terms) : IDealFact
{
    /// <summary>The party whose freedom the terms describe.</summary>
    public Party Party => Scope.Party(Terms.Party);

    /// <summary>The distinct parties that control the permitted clouds, sorted by id; clouds no declared party controls are left out.</summary>
    public IReadOnlyList<Party> PermittedProviders { get; } =
        Terms.PermittedClouds.Select(Scope.CloudController).OfType<Party>().DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The pointer to the entry.</summary>
    public string Pointer { get; } = Scope.Pointer($"/cloudTerms/{Index}");

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];
}
