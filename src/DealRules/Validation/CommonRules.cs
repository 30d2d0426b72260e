using DealRules.Input;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace DealRules.Validation;

/// <summary>
/// The value rules that recur across the document format: ids, amounts and percentages. Each is a
/// test and a message, used both by the deal's own FluentValidation rules and by the rules that
/// check a whole list of parts at once (<see cref="DealPart"/>).
/// </summary>
internal static partial class CommonRules
{
    /// <summary>The id pattern as the format states it (and messages quote it).</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// The largest amount accepted, 10^18: above every deal in any currency, and small enough that no
    /// sum of amounts the engine makes can leave the range of <see cref="decimal"/> (that would take
    /// 79 billion entries at this bound).
    /// </summary>
    public const decimal MaximumAmount = 1_000_000_000_000_000_000m;

    public static bool IsId(string? id) => id is null || WholeId().IsMatch(id);

    public static string NotAnId(string id) =>
        $"'{Echo.Shorten(id)}' is not an id; expected lower-case letters and digits in words joined by single hyphens ({IdPattern})";

    public static bool IsNotNegative(decimal? value) => value is not { } amount || amount >= 0;

    public static string NegativeAmount(decimal? value) =>
        $"{value} is negative; expected an amount of 0 or more (leave it out when undisclosed)";

    public static bool IsAtMostMaximum(decimal? value) => value is not { } amount || amount <= MaximumAmount;

    public static string AboveMaximumAmount(decimal? value) =>
        $"{value} is above the largest amount accepted; expected at most {MaximumAmount.ToString("N0", CultureInfo.InvariantCulture)} (10^18)";

    public static bool IsPercent(decimal? value) => value is not { } percent || (percent >= 0m && percent <= 100m);

    public static string NotAPercent(decimal? value) => $"{value} is outside 0–100; expected a percentage";

    public static string SameParty(string value, string otherName) =>
        $"'{Echo.Shorten(value)}' is also the {otherName}; expected two different parties";

    public static IRuleBuilderOptions<T, string> MustBeId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsId).WithMessage((_, id) => NotAnId(id));

    public static IRuleBuilderOptions<T, string> MustBeCurrency<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(code => code is null || WholeCurrency().IsMatch(code))
            .WithMessage((_, code) => $"'{Echo.Shorten(code)}' is not a currency; expected an ISO 4217 code such as USD");

    public static IRuleBuilderOptions<Model.Deal, string> MustNotNameItself(this IRuleBuilder<Model.Deal, string> rule) =>
        rule.Must((deal, id) => id != deal.Id)
            .WithMessage((_, id) => $"'{id}' is this document's own id; expected the id of another document");

    /// <summary>
    /// Skips a rule over a list of the deal for a document whose list is empty. FluentValidation
    /// copies a collection rule's checks into a new list each time it runs the rule, before it
    /// looks at the collection; a rule's own condition is tested before that.
    /// </summary>
    public static IRuleBuilderInitialCollection<Model.Deal, TElement> UnlessEmpty<TElement>(
        this IRuleBuilderInitialCollection<Model.Deal, TElement> rule, Func<Model.Deal, IReadOnlyList<TElement>> list) =>
        rule.Configure(r => r.ApplySharedCondition(context => list(context.InstanceToValidate) is { Count: > 0 }));

    // \A and \z, not ^ and $: "$" also matches before a final newline, and "beta\n" is not "beta".
    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeId();

    [GeneratedRegex(@"\A[A-Z]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeCurrency();
}
