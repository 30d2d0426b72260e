using System.Collections.Immutable;
namespace DealRules.Model;

/// <summary>One strategic deal, as described by a deal document (format 1 or 2).</summary>
public sealed record Deal
{
    /// <summary>The document format version: 1, or 2 for documents that use format 2's additions.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The deal's id, unique within a portfolio.</summary>
    public required string Id { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>How far the deal has progressed.</summary>
    public required DealStatus Status { get; init; }

    /// <summary>When the deal was first reported or announced.</summary>
    public DateOnly? Announced { get; init; }

    /// <summary>The ISO 4217 code of every amount in the document.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Every party referenced anywhere in the document.</summary>
    public required IReadOnlyList<Party> Parties { get; init => field = value.ToImmutableArray(); }

    /// <summary>Money or equity going from an investor to an investee.</summary>
    public IReadOnlyList<Investment> Investments { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Spend a buyer has committed to a provider.</summary>
    public IReadOnlyList<ComputeCommitment> ComputeCommitments { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Chips a party is required to use.</summary>
    public IReadOnlyList<ChipMandate> ChipMandates { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Exclusivity and freedom to use clouds.</summary>
    public IReadOnlyList<CloudTerms> CloudTerms { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>Governance, access and economic rights.</summary>
    public IReadOnlyList<Right> Rights { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>An expected listing of one party.</summary>
    public Ipo? Ipo { get; init; }

    /// <summary>Holdings outside this deal that matter to it.</summary>
    public IReadOnlyList<Stake> RelatedStakes { get; init => field = value.ToImmutableArray(); } = [];

    /// <summary>
    /// The ids of earlier documents this one replaces (format 2): a superseded document stays listed
    /// in the report but no rule sees it, so its money is never counted beside this one's.
    /// </summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>
    /// The ids of earlier documents this one adds to (format 2): both stay in force, and this
    /// document's amounts come on top of theirs (a new tranche, an extended contract).
    /// </summary>
    public IReadOnlyList<string> Amends { get; init; } = [];

    /// <summary>People hired from another party as part of the deal (format 2).</summary>
    public IReadOnlyList<Hire> Hires { get; init; } = [];

    /// <summary>Where the facts come from.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = value.ToImmutableArray(); } = [];
}
