using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator()
    {
        RuleFor(s => s.Title).NotEmpty().When(s => s.Title is not null).WithMessage("expected a non-empty title");
    }
}
