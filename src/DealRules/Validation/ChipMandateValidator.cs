using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class ChipMandateValidator : AbstractValidator<ChipMandate>
{
    public ChipMandateValidator()
    {
        RuleFor(m => m.Party).MustBeDeclaredParty();
        RuleFor(m => m.Chips).NotEmpty().WithMessage("expected at least one chip family");
        RuleForEach(m => m.Chips).MustBeId();
        RuleFor(m => m.Workloads).NotEmpty().WithMessage("expected at least one workload (training, inference)");
        RuleFor(m => m.MinimumSharePercent).MustBePercent();
    }
}
