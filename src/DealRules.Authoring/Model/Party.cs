using System.Collections.Immutable;
namespace DealRules.Model;

/// <summary>A company taking part in a deal. The same id means the same party in every document.</summary>
/// <param name="Id">The party's id.</param>
/// <param name="Name">The party's display name.</param>
/// <param name="Kind">What kind of business it is.</param>
public sealed record Party(string Id, string Name, PartyKind Kind)
{
    /// <summary>Cloud products this party controls (<c>aws</c>, <c>azure</c>, …).</summary>
    public IReadOnlyList<string> Clouds { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Chip families this party controls (<c>trainium</c>, <c>nvidia-gpu</c>, …).</summary>
    public IReadOnlyList<string> Chips { get; init => field = value.ToImmutableArray(); } = [];
}
