using System.Collections.Immutable;
namespace DealRules.Model;

/// <summary>Chips a party is required (or, when not binding, intends) to use.</summary>
/// <param name="Party">The id of the party that must use the chips.</param>
/// <param name="Chips">The chip families named; at least one.</param>
/// <param name="Workloads">The workloads the mandate covers.</param>
/// <param name="Binding"><see langword="false"/> for reported intentions and non-binding letters.</param>
public sealed record ChipMandate(string Party, IReadOnlyList<string> Chips, IReadOnlyList<Workload> Workloads, bool Binding)
{
    /// <summary>The chip families named; at least one.</summary>
    public IReadOnlyList<string> Chips { get; init => field = value.ToImmutableArray(); } = Chips.ToImmutableArray();

    /// <summary>The workloads the mandate covers.</summary>
    public IReadOnlyList<Workload> Workloads { get; init => field = WorkloadList.From(value); } = WorkloadList.From(Workloads);

    /// <summary>The share of those workloads, 0–100, that must run on the chips, when disclosed.</summary>
    public decimal? MinimumSharePercent { get; init; }
}
