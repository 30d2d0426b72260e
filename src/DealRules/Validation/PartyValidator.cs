using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class PartyValidator : AbstractValidator<Party>
{
    public PartyValidator()
    {
        RuleFor(p => p.Id).MustBeId();
        RuleFor(p => p.Name).NotEmpty().When(p => p.Name is not null).WithMessage("expected a non-empty name");
        RuleForEach(p => p.Clouds).MustBeId();
        RuleForEach(p => p.Chips).MustBeId();
    }
}
