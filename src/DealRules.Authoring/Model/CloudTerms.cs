using System.Collections.Immutable;
namespace DealRules.Model;

/// <summary>A party's exclusivity and freedom to use clouds.</summary>
/// <param name="Party">The id of the party whose freedom this describes.</param>
public sealed record CloudTerms(string Party)
{
    /// <summary>The only cloud the party may use.</summary>
    public string? ExclusiveCloud { get; init; }

    /// <summary>A cloud that must be offered new work first.</summary>
    public string? FirstRefusalCloud { get; init; }

    /// <summary>Clouds the party is free to use.</summary>
    public IReadOnlyList<string> PermittedClouds { get; init => field = value.ToImmutableArray(); } = [];
}
