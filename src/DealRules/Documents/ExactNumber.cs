using System.Globalization;

namespace DealRules.Documents;

/// <summary>
/// Reads a JSON number as a <see cref="decimal"/> only when the decimal is exactly the number
/// written: System.Text.Json rounds a 29th significant digit and turns <c>1e-400</c> into 0
/// without notice, and a document must never mean something other than what it says.
/// </summary>
internal static class ExactNumber
{
    public enum Outcome
    {
        Exact,
        TooLarge,
        TooPrecise,
    }

    /// <summary>The number, or why it cannot be held exactly.</summary>
    /// <param name="raw">The number's JSON text.</param>
    /// <param name="parsed">What the JSON reader made of it, when it could.</param>
    public static Outcome Check(string raw, decimal? parsed)
    {
        if (parsed is not { } value)
        {
            return Outcome.TooLarge;
        }

        if (IsShortPlain(raw))
        {
            return Outcome.Exact;
        }

        return Normalize(raw) == Normalize(value.ToString(CultureInfo.InvariantCulture)) ? Outcome.Exact : Outcome.TooPrecise;
    }

    /// <summary>
    /// True for a plain literal of at most 28 characters: it has at most 28 digits and 27 decimal
    /// places, so a decimal the reader made of it holds it exactly.
    /// </summary>
    /// <param name="raw">The number's JSON text, as characters or as its UTF-8 bytes (the same, for a number).</param>
    public static bool IsShortPlain(ReadOnlySpan<char> raw) => raw.Length <= 28 && raw.IndexOfAny('e', 'E') < 0;

    /// <inheritdoc cref="IsShortPlain(ReadOnlySpan{char})"/>
    public static bool IsShortPlain(ReadOnlySpan<byte> raw) => raw.Length <= 28 && raw.IndexOfAny((byte)'e', (byte)'E') < 0;

    /// <summary>A number's significant digits (no leading or trailing zeros) and the power of ten of the last one; ("", 0) for zero.</summary>
    private static (string Digits, long Exponent) Normalize(string number)
    {
        var text = number.AsSpan().TrimStart('-');
        long exponent = 0;
        var e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            var power = text[(e + 1)..].TrimStart('+');
            var negative = power.StartsWith("-");
            long magnitude = 0;
            foreach (var c in negative ? power[1..] : power)
            {
                // Saturates far beyond any exponent that could matter, so a 10,000-digit exponent cannot overflow.
                magnitude = Math.Min(magnitude * 10 + (c - '0'), 1_000_000_000_000L);
            }

            exponent = negative ? -magnitude : magnitude;
            text = text[..e];
        }

        var point = text.IndexOf('.');
        string digits;
        if (point >= 0)
        {
            digits = string.Concat(text[..point], text[(point + 1)..]);
            exponent -= text.Length - point - 1;
        }
        else
        {
            digits = text.ToString();
        }

        digits = digits.TrimStart('0');
        var significant = digits.TrimEnd('0');
        exponent += digits.Length - significant.Length;
        return significant.Length == 0 ? ("", 0) : (significant, exponent);
    }
}
