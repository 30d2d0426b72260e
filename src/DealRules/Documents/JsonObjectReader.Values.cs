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
        if (value.TryGetDecimal(out var number))
        {
            return number;
        }

        problems.Add(path, $"the number {value.GetRawText()} is out of range; expected at most 28 significant digits and a magnitude below 7.9e28");
        return null;
    }

    private int? ReadInteger(JsonElement value, string path)
    {
        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(path, $"expected an integer, found {value.GetRawText()}");
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

        problems.Add(path, $"'{text}' is not allowed; expected one of: {JsonEnumNames<T>.Expected}");
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

        problems.Add(path, $"'{text}' is not a date; expected YYYY-MM-DD");
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

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
