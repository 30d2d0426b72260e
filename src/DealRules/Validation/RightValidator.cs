using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class RightValidator : AbstractValidator<Right>
{
    public RightValidator()
    {
        RuleFor(r => r.Holder).MustBeDeclaredParty();
        RuleFor(r => r.Grantor).MustBeDeclaredParty().MustDifferFrom(r => r.Holder, "holder");
        RuleFor(r => r.Percent).MustBePercent();
        RuleFor(r => r.Amount).MustBeAmount();
    }
}
