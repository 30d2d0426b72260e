using FluentValidation;

namespace DealRules.Validation;

/// <summary>The value rules that recur across the document format: ids, amounts and percentages.</summary>
internal static class CommonRules
{
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static IRuleBuilderOptions<T, string> MustBeId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(IdPattern)
            .WithMessage((_, id) => $"'{id}' is not an id; expected lower-case letters and digits in words joined by single hyphens ({IdPattern})");

    public static IRuleBuilderOptions<T, decimal?> MustBeAmount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.GreaterThanOrEqualTo(0m)
            .WithMessage((_, value) => $"{value} is negative; expected an amount of 0 or more (leave it out when undisclosed)");

    public static IRuleBuilderOptions<T, decimal?> MustBePercent<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, 100m)
            .WithMessage((_, value) => $"{value} is outside 0–100; expected a percentage");

    public static IRuleBuilderOptions<Model.Deal, string> MustNotNameItself(this IRuleBuilder<Model.Deal, string> rule) =>
        rule.Must((deal, id) => id != deal.Id)
            .WithMessage((_, id) => $"'{id}' is this document's own id; expected the id of another document");

    public static IRuleBuilderOptions<T, string> MustDifferFrom<T>(this IRuleBuilder<T, string> rule, Func<T, string> other, string otherName) =>
        rule.Must((item, value) => value is null || value != other(item))
            .WithMessage((item, value) => $"'{value}' is also the {otherName}; expected two different parties");
}
