using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>The rules of each investment (<c>$.investments[i]</c>), checked for the whole list in one FluentValidation rule.</summary>
internal static class InvestmentRules
{
    public static void Check(IReadOnlyList<Investment> investments, ValidationContext<Deal> context) =>
        DealPart.CheckEach(investments, context, "Investments", Check);

    private static void Check(Investment investment, DealPart part)
    {
        part.MustBeDeclaredParty(investment.Investor, "Investor");
        part.MustBeDeclaredParty(investment.Investee, "Investee");
        part.MustDifferFrom(investment.Investee, investment.Investor, "Investee", "investor");
        part.MustBeAmount(investment.Amount, "Amount");
        part.MustBeAmount(investment.PostMoneyValuation, "PostMoneyValuation");
        part.MustBePercent(investment.StakePercent, "StakePercent");
    }
}
