using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using DealRules.Input;

namespace DealRules.Documents;

/// <summary>Single JSON values converted to model values, each wrong one recorded with its location.</summary>
internal sealed partial class JsonObjectReader
{
    private void Mismatch(JsonElement value, PendingLocation at, string expected) =>
        problems.Add(at.ToString(), $"expected {expected}, found {Describe(value)}");

    /// <summary>A string's text; a problem instead when its escapes do not make valid UTF-16 (a lone surrogate such as \ud800).</summary>
    private string? TextOf(JsonElement value, PendingLocation at)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(at.ToString(), "is not valid text: an escape such as \\ud800 leaves a surrogate unpaired");
            return null;
        }
    }

    private static string? TextOf(JsonProperty property, ProblemCollector problems, PendingLocation at)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            problems.Add(at.ToString(), "has a property name that is not valid text: an escape such as \\ud800 leaves a surrogate unpaired");
            return null;
        }
    }

    private decimal? ReadDecimal(JsonElement value, PendingLocation at)
    {
        decimal? parsed = value.TryGetDecimal(out var number) ? number : null;
        if (parsed is not null && ExactNumber.IsShortPlain(JsonMarshal.GetRawUtf8Value(value)))
        {
            return number;
        }

        var raw = value.GetRawText();
        switch (ExactNumber.Check(raw, parsed))
        {
            case ExactNumber.Outcome.Exact:
                return number;
            case ExactNumber.Outcome.TooLarge:
                problems.Add(at.ToString(), $"the number {Shorten(raw)} is too large in magnitude; expected a magnitude below 7.9e28 (amounts at most 1e18)");
                return null;
            default:
                problems.Add(at.ToString(), $"the number {Shorten(raw)} cannot be held exactly (it would be rounded to {number.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)}); expected at most 28 significant digits and 28 decimal places");
                return null;
        }
    }

    private int? ReadInteger(JsonElement value, PendingLocation at)
    {
        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(at.ToString(), $"expected an integer, found {Shorten(value.GetRawText())}");
        return null;
    }

    private int? ReadEnum(JsonElement value, PendingLocation at, JsonEnumNames names)
    {
        Span<char> buffer = stackalloc char[PlainTextLength];
        if (PlainText(value, buffer) is var length and >= 0 && names.TryParse(buffer[..length], out var known))
        {
            return known;
        }

        if (TextOf(value, at) is not { } text)
        {
            return null;
        }

        if (names.TryParse(text, out var result))
        {
            return result;
        }

        problems.Add(at.ToString(), $"'{Echo.Shorten(text)}' is not allowed; expected one of: {names.Expected}");
        return null;
    }

    private DateOnly? ReadDate(JsonElement value, PendingLocation at)
    {
        Span<char> buffer = stackalloc char[PlainTextLength];
        if (PlainText(value, buffer) is var length and >= 0 && DateOnly.TryParseExact(buffer[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var valid))
        {
            return valid;
        }

        if (TextOf(value, at) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(at.ToString(), $"'{Echo.Shorten(text)}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    /// <summary>The longest string read by <see cref="PlainText"/>: longer than any enum name or date.</summary>
    private const int PlainTextLength = 64;

    /// <summary>
    /// A short ASCII string written without escapes, copied into <paramref name="buffer"/>: its length,
    /// or -1 for any other string, which is then read as a string. So enum names and dates are read
    /// without allocating.
    /// </summary>
    private static int PlainText(JsonElement value, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        return raw.Length <= buffer.Length && raw.IndexOf((byte)'\\') < 0 && Ascii.ToUtf16(raw, buffer, out var written) == OperationStatus.Done
            ? written
            : -1;
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
