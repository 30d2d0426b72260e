using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each chip mandate (<c>$.chipMandates[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class ChipMandateRules
{
    public static void Check(IReadOnlyList<ChipMandate> mandates, ValidationContext<Deal> context) =>
        DealPart.CheckEach(mandates, context, "ChipMandates", Check);

    private static void Check(ChipMandate mandate, DealPart part)
    {
        part.MustBeDeclaredParty(mandate.Party, "Party");
        if (mandate.Chips is not { Count: > 0 })
        {
            part.Fail("Chips", mandate.Chips, "expected at least one chip family");
        }

        part.MustBeIds(mandate.Chips, "Chips");
        if (mandate.Workloads is not { Count: > 0 })
        {
            part.Fail("Workloads", mandate.Workloads, "expected at least one workload (training, inference)");
        }

        part.MustBePercent(mandate.MinimumSharePercent, "MinimumSharePercent");
    }
}
