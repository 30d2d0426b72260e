using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each related stake (<c>$.relatedStakes[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class StakeRules
{
    public static void Check(IReadOnlyList<Stake> stakes, ValidationContext<Deal> context) =>
        DealPart.CheckEach(stakes, context, "RelatedStakes", Check);

    private static void Check(Stake stake, DealPart part)
    {
        part.MustBeDeclaredParty(stake.Investor, "Investor");
        part.MustBeDeclaredParty(stake.Investee, "Investee");
        part.MustDifferFrom(stake.Investee, stake.Investor, "Investee", "investor");
        part.MustBeAmount(stake.Amount, "Amount");
        part.MustBePercent(stake.StakePercent, "StakePercent");
    }
}
