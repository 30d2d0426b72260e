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

    /// <summary>
    /// A sum of money as findings state it: <c>$38.0B</c> when exact; <c>up to $100.0B</c>,
    /// <c>at least $6.3B</c> or <c>about $3.0B</c> when qualified; and when capacity is valued into it,
    /// <c>an estimated $500.0B (10 GW at $50.0B a GW)</c> or
    /// <c>an estimated $120.0B ($20.0B stated and 2 GW at $50.0B a GW)</c>.
    /// </summary>
    /// <param name="sum">The sum.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <param name="dollarsPerGw">The price of a gigawatt of capacity, in <paramref name="currency"/>.</param>
    public static string Money(MoneySum sum, string currency, decimal dollarsPerGw)
    {
        ArgumentNullException.ThrowIfNull(sum);
        if (sum.Estimated)
        {
            var capacity = $"{Number(sum.CapacityGw)} GW at {Money(dollarsPerGw, currency)} a GW";
            var basis = sum.Stated == 0 ? capacity : $"{Money(sum.Stated, currency)} stated and {capacity}";
            return $"an estimated {Money(sum.ValueAt(dollarsPerGw), currency)} ({basis})";
        }

        return Qualifier(sum.Qualifier) + Money(sum.Stated, currency);
    }

    /// <summary>The words that put a qualified figure in a sentence: <c>up to </c>, <c>at least </c>, <c>about </c>, or nothing.</summary>
    /// <param name="qualifier">The qualifier.</param>
    public static string Qualifier(Model.AmountQualifier qualifier) => qualifier switch
    {
        Model.AmountQualifier.UpTo => "up to ",
        Model.AmountQualifier.AtLeast => "at least ",
        Model.AmountQualifier.About => "about ",
        _ => "",
    };

    /// <summary>
    /// A value of an enum as documents, reports and evidence write it: its name in lower case, words
    /// joined by hyphens (<c>ai-lab</c>, <c>board-seat</c>, <c>up-to</c>, <c>medium</c>).
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => KebabCase(value.ToString());

    /// <summary>A PascalCase name in lower case, words joined by hyphens: <c>VendorWarrant</c> is <c>vendor-warrant</c>.</summary>
    internal static string KebabCase(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A word starts at a capital after a small letter or a digit, and at the last capital of a run followed by a small letter (HTTPServer).
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (i > 0 && (char.IsLower(previous) || char.IsDigit(previous) || char.IsUpper(previous) && char.IsLower(next)))
                {
                    words.Append('-');
                }

                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    /// <summary>A plain number with up to two decimals: <c>10</c>, <c>0.75</c>.</summary>
    /// <param name="value">The value.</param>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

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
