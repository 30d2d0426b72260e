using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class HireValidator : AbstractValidator<Hire>
{
    public HireValidator()
    {
        RuleFor(h => h.Hirer).MustBeDeclaredParty();
        RuleFor(h => h.From).MustBeDeclaredParty().MustDifferFrom(h => h.Hirer, "hirer");
        RuleFor(h => h.Headcount).GreaterThanOrEqualTo(1).WithMessage((_, n) => $"{n} is not a headcount; expected 1 or more (leave it out when undisclosed)");
        RuleFor(h => h.Note!).NotEmpty().When(h => h.Note is not null).WithMessage("expected a non-empty note");
    }
}
