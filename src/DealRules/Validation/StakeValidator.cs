using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class StakeValidator : AbstractValidator<Stake>
{
    public StakeValidator()
    {
        RuleFor(s => s.Investor).MustBeDeclaredParty();
        RuleFor(s => s.Investee).MustBeDeclaredParty().MustDifferFrom(s => s.Investor, "investor");
        RuleFor(s => s.Amount).MustBeAmount();
        RuleFor(s => s.StakePercent).MustBePercent();
    }
}
