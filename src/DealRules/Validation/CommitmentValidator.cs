using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class CommitmentValidator : AbstractValidator<ComputeCommitment>
{
    public CommitmentValidator()
    {
        RuleFor(c => c.Buyer).MustBeDeclaredParty();
        RuleFor(c => c.Provider).MustBeDeclaredParty().MustDifferFrom(c => c.Buyer, "buyer");
        RuleForEach(c => c.Products).MustBeId();
        RuleFor(c => c.Amount).MustBeAmount().When(c => c.AnnualAmount is null);
        RuleFor(c => c.AnnualAmount).MustBeAmount();
        RuleFor(c => c.Years).NotNull().When(c => c.AnnualAmount is not null)
            .WithMessage("an annualAmount needs years, the term it is paid over; expected a number of years above 0");
        RuleFor(c => c.Years).GreaterThan(0m).WithMessage((_, y) => $"{y} is not a term; expected a number of years above 0");
        RuleFor(c => c.CapacityGw).GreaterThanOrEqualTo(0m).WithMessage((_, gw) => $"{gw} is negative; expected a capacity of 0 GW or more");
    }
}
