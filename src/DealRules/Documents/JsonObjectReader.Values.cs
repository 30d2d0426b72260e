using DealRules.Input;
using System.Globalization;
using System.Text.Json;

namespace DealRules.Documents;

/// <summary>Single JSON values converted to model values, each wrong one recorded with its location.</summary>
internal sealed partial class JsonObjectReader
{
    private T? Mismatch<T>(JsonElement value, string path, string expected)
    {
        problems.Add(path, $"expected {expected}, found {Describe(value)}");
        return default;
    }

    /// <summary>A string's text; a problem instead when its escapes do not make valid UTF-16 (a lone surrogate such as \ud800).</summary>
    private string? TextOf(JsonElement value, string path)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(path, "is not valid text: an escape such as \\ud800 leaves a surrogate unpaired");
            return null;
        }
    }

    private static string? TextOf(JsonProperty property, ProblemCollector problems, string path)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            problems.Add(path, "has a property name that is not valid text: an escape such as \\ud800 leaves a surrogate unpaired");
            return null;
        }
    }

    private decimal? ReadDecimal(JsonElement value, string path)
    {
        var raw = value.GetRawText();
        decimal? parsed = value.TryGetDecimal(out var number) ? number : null;
        switch (ExactNumber.Check(raw, parsed))
        {
            case ExactNumber.Outcome.Exact:
                return number;
            case ExactNumber.Outcome.TooLarge:
                problems.Add(path, $"the number {Shorten(raw)} is too large in magnitude; expected a magnitude below 7.9e28 (amounts at most 1e18)");
                return null;
            default:
                problems.Add(path, $"the number {Shorten(raw)} cannot be held exactly (it would be rounded to {number.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)}); expected at most 28 significant digits and 28 decimal places");
                return null;
        }
    }

    private int? ReadInteger(JsonElement value, string path)
    {
        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(path, $"expected an integer, found {Shorten(value.GetRawText())}");
        return null;
    }

    private T? ReadEnum<T>(JsonElement value, string path) where T : struct, Enum
    {
        if (TextOf(value, path) is not { } text)
        {
            return null;
        }

        if (JsonEnumNames<T>.TryParse(text, out var result))
        {
            return result;
        }

        problems.Add(path, $"'{Echo.Shorten(text)}' is not allowed; expected one of: {JsonEnumNames<T>.Expected}");
        return null;
    }

    private DateOnly? ReadDate(JsonElement value, string path)
    {
        if (TextOf(value, path) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(path, $"'{Echo.Shorten(text)}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Shorten(value.GetRawText())}",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };

    private static string Shorten(string text) => Echo.Shorten(text, 40);
}
