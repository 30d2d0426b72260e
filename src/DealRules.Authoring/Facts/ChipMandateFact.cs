using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>chipMandates</c>, with its party resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>chipMandates</c>.</param>
/// <param name="Mandate">The entry.</param>
public sealed record ChipMandateFact(DealScope Scope, int Index, ChipMandate Mandate) : DocumentEntry(Scope, Index, "chipMandates")
{
    /// <summary>The party that must use the chips.</summary>
    public Party Party => Scope.Party(Mandate.Party);

    /// <summary>False for reported intentions and non-binding letters.</summary>
    public bool Binding => Mandate.Binding;

    /// <summary>The share of the workloads, 0–100, that must run on the chips, when disclosed.</summary>
    public decimal? MinimumSharePercent => Mandate.MinimumSharePercent;

    /// <summary>The workloads the mandate covers.</summary>
    public IReadOnlyList<Workload> Workloads => Mandate.Workloads;

    /// <summary>True when the mandate covers both training and inference.</summary>
    public bool CoversTrainingAndInference =>
        Covers(Workload.Training) && Covers(Workload.Inference);

    // A loop, not Enumerable.Contains: LINQ over an enum is generic code the ReadyToRun image cannot hold (see WorkloadList).
    private bool Covers(Workload workload)
    {
        foreach (var covered in Mandate.Workloads)
        {
            if (covered == workload)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The chips named by the mandate that <paramref name="party"/> controls, in the mandate's order.</summary>
    /// <param name="party">A party id.</param>
    public IReadOnlyList<string> ChipsControlledBy(string party) =>
        Mandate.Chips.Where(chip => Scope.ChipController(chip)?.Id == party).Distinct(StringComparer.Ordinal).ToArray();
}
