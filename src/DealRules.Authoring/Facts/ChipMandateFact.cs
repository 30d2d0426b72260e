using DealRules.Model;

namespace DealRules.Facts;

/// <summary>One entry of a document's <c>chipMandates</c>, with its party resolved.</summary>
/// <param name="Scope">The document.</param>
/// <param name="Index">The entry's position in <c>chipMandates</c>.</param>
/// <param name="Mandate">The entry.</param>
public sealed record ChipMandateFact(DealScope Scope, int Index, ChipMandate Mandate) : IDealFact
{
    /// <summary>The party that must use the chips.</summary>
    public Party Party => Scope.Party(Mandate.Party);

    /// <summary>True when the mandate covers both training and inference.</summary>
    public bool CoversTrainingAndInference =>
        Mandate.Workloads.Contains(Workload.Training) && Mandate.Workloads.Contains(Workload.Inference);

    /// <summary>The chips named by the mandate that <paramref name="party"/> controls, in the mandate's order.</summary>
    /// <param name="party">A party id.</param>
    public IReadOnlyList<string> ChipsControlledBy(string party) =>
        Mandate.Chips.Where(chip => Scope.ChipController(chip)?.Id == party).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The pointer to the entry.</summary>
    public string Pointer { get; } = Scope.Pointer($"/chipMandates/{Index}");

    /// <inheritdoc />
    public IEnumerable<string> DealIds => [Scope.Id];
}
