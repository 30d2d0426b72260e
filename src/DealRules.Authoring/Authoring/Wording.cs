using System.Globalization;

namespace DealRules.Authoring;

/// <summary>Formats the numbers and lists that finding messages carry, the same way in every rule and culture.</summary>
public static class Wording
{
    /// <summary>An amount of money, short: <c>$38.0B</c>, <c>€250.0M</c>, <c>CHF 1.2T</c>, <c>$950,000</c>.</summary>
    /// <param name="amount">The amount, in whole units.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    public static string Money(decimal amount, string currency)
    {
        var symbol = currency switch
        {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            _ => currency + " ",
        };
        var (scaled, suffix) = Math.Abs(amount) switch
        {
            >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, "T"),
            >= 1_000_000_000m => (amount / 1_000_000_000m, "B"),
            >= 1_000_000m => (amount / 1_000_000m, "M"),
            _ => (amount, ""),
        };
        var number = suffix.Length == 0
            ? amount.ToString("#,0", CultureInfo.InvariantCulture)
            : scaled.ToString("0.0", CultureInfo.InvariantCulture);
        return symbol + number + suffix;
    }

    /// <summary>A ratio or multiple with one or two decimals: <c>3.8</c>, <c>2.0</c>, <c>1.25</c>.</summary>
    /// <param name="value">The value.</param>
    public static string Ratio(decimal value) => value.ToString("0.0#", CultureInfo.InvariantCulture);

    /// <summary>A percentage with up to one decimal: <c>80%</c>, <c>62.5%</c>.</summary>
    /// <param name="value">The percentage, 0–100.</param>
    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Items joined for a sentence: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    /// <param name="items">The items, in order.</param>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }

    /// <summary>A number rounded to four decimal places, without trailing zeros.</summary>
    /// <param name="value">The value.</param>
    public static decimal Rounded(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
}
