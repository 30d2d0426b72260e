using DealRules.Model;
using FluentValidation;

namespace DealRules.Validation;

internal sealed class CloudTermsValidator : AbstractValidator<CloudTerms>
{
    public CloudTermsValidator()
    {
        RuleFor(t => t.Party).MustBeDeclaredParty();
        RuleFor(t => t.ExclusiveCloud!).MustBeId().When(t => t.ExclusiveCloud is not null);
        RuleFor(t => t.FirstRefusalCloud!).MustBeId().When(t => t.FirstRefusalCloud is not null);
        RuleForEach(t => t.PermittedClouds).MustBeId();
        RuleFor(t => t.PermittedClouds)
            .Must((terms, permitted) => permitted.All(cloud => cloud == terms.ExclusiveCloud))
            .When(t => t.ExclusiveCloud is not null)
            .WithMessage(t => $"permits {Input.Echo.Shorten(string.Join(", ", t.PermittedClouds.Where(c => c != t.ExclusiveCloud)), 200)} although exclusiveCloud is '{Input.Echo.Shorten(t.ExclusiveCloud!)}'; an exclusive cloud and other permitted clouds contradict each other");
    }
}
