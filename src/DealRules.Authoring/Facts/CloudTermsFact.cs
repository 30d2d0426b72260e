using System.Collections.Immutable;
using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>cloudTerms</c>, with its party and cloud controllers resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>cloudTerms</c>.</param>
/// <param name="Terms">The entry.</param>
public sealed record CloudTermsFact(DealScope Scope, int Index, CloudTerms Terms) : DocumentEntry(Scope, Index, "cloudTerms")
{
    /// <summary>The party whose freedom the terms describe.</summary>
    public Party Party => Scope.Party(Terms.Party);

    /// <summary>The only cloud the party may use, if any.</summary>
    public string? ExclusiveCloud => Terms.ExclusiveCloud;

    /// <summary>A cloud that must be offered new work first, if any.</summary>
    public string? FirstRefusalCloud => Terms.FirstRefusalCloud;

    /// <summary>Clouds the party is free to use.</summary>
    public IReadOnlyList<string> PermittedClouds => Terms.PermittedClouds;

    /// <summary>The distinct parties that control the permitted clouds, sorted by id; clouds no declared party controls are left out.</summary>
    public IReadOnlyList<Party> PermittedProviders { get; } =
        Terms.PermittedClouds.Select(Scope.CloudController).OfType<Party>().DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The party that controls a cloud, or null when no party in the document does.</summary>
    /// <param name="cloud">The cloud's id.</param>
    public Party? ControllerOf(string cloud) => Scope.CloudController(cloud);
}
