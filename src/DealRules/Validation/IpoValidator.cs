using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class IpoValidator : AbstractValidator<Ipo>
{
    public IpoValidator()
    {
        RuleFor(i => i.Party).MustBeDeclaredParty();
        RuleFor(i => i.TargetValuation).MustBeAmount();
        RuleFor(i => i.ExpectedYear).InclusiveBetween(1900, 2200).WithMessage((_, y) => $"{y} is not a plausible year; expected 1900–2200");
    }
}
