using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class InvestmentValidator : AbstractValidator<Investment>
{
    public InvestmentValidator()
    {
        RuleFor(i => i.Investor).MustBeDeclaredParty();
        RuleFor(i => i.Investee).MustBeDeclaredParty().MustDifferFrom(i => i.Investor, "investor");
        RuleFor(i => i.Amount).MustBeAmount();
        RuleFor(i => i.PostMoneyValuation).MustBeAmount();
        RuleFor(i => i.StakePercent).MustBePercent();
    }
}
