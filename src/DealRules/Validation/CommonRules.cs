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

    public static bool IsCurrency(string? code) => code is null || WholeCurrency().IsMatch(code);

    public static string NotACurrency(string code) => $"'{Echo.Shorten(code)}' is not a currency; expected an ISO 4217 code such as USD";

    public static string NamesItself(string id) => $"'{id}' is this document's own id; expected the id of another document";

    /// <summary>
    /// Adds a failure as written. FluentValidation would read the message as a template, and a message here
    /// quotes the document's own text: "{CollectionIndex:Q}" in it would throw, "{CollectionIndex:D999999999}"
    /// build a 2 GB string, "{PropertyName}" be replaced.
    /// </summary>
    public static void Fail<T>(this ValidationContext<T> context, string path, string message) =>
        context.AddFailure(new FluentValidation.Results.ValidationFailure(path, message));

    // \A and \z, not ^ and $: "$" also matches before a final newline, and "beta\n" is not "beta".
    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeId();

    [GeneratedRegex(@"\A[A-Z]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeCurrency();
}
