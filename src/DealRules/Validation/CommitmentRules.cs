using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each compute commitment (<c>$.computeCommitments[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class CommitmentRules
{
    public static void Check(IReadOnlyList<ComputeCommitment> commitments, ValidationContext<Deal> context) =>
        DealPart.CheckEach(commitments, context, "ComputeCommitments", Check);

    private static void Check(ComputeCommitment commitment, DealPart part)
    {
        part.MustBeDeclaredParty(commitment.Buyer, "Buyer");
        part.MustBeDeclaredParty(commitment.Provider, "Provider");
        part.MustDifferFrom(commitment.Provider, commitment.Buyer, "Provider", "buyer");
        part.MustBeIds(commitment.Products, "Products");
        if (commitment.AnnualAmount is null)
        {
            part.MustBeAmount(commitment.Amount, "Amount");
        }

        part.MustBeAmount(commitment.AnnualAmount, "AnnualAmount");
        if (commitment.AnnualAmount is not null && commitment.Years is null)
        {
            part.Fail("Years", null, "an annualAmount needs years, the term it is paid over; expected a number of years above 0");
        }

        if (commitment.Years is { } years && years <= 0m)
        {
            part.Fail("Years", years, $"{commitment.Years} is not a term; expected a number of years above 0");
        }

        if (commitment.CapacityGw is { } gw && gw < 0m)
        {
            part.Fail("CapacityGw", gw, $"{commitment.CapacityGw} is negative; expected a capacity of 0 GW or more");
        }
    }
}
