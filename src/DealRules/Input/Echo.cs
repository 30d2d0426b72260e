using System.Globalization;
using System.Text;

namespace DealRules.Input;

/// <summary>
/// How text from an input is shown back: control characters and the invisible characters that
/// reorder or hide text are written as <c>\u001b</c> escapes (a problem line stays one line and
/// cannot drive a terminal), and a long value is cut with its length said.
/// </summary>
public static class Echo
{
    /// <summary>How many characters of a value a message quotes.</summary>
    public const int QuoteLength = 64;

    /// <summary>The text with every control or hiding character escaped.</summary>
    /// <param name="text">Text from an input.</param>
    public static string Printable(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                printable.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }

    /// <summary>The text made printable and cut to <paramref name="length"/> characters, saying how long it was.</summary>
    /// <param name="text">Text from an input.</param>
    /// <param name="length">The most characters kept.</param>
    public static string Shorten(string text, int length = QuoteLength)
    {
        if (text.Length <= length)
        {
            return Printable(text);
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return $"{Printable(text[..cut])}… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";
    }

    /// <summary>True for characters never shown raw: C0 and C1 controls, DEL, and the format characters that reorder or hide text.</summary>
    /// <param name="c">A character.</param>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u200b' or '\u200c' or '\u200d' or '\u200e' or '\u200f' or '\u2028' or '\u2029' or '\ufeff'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069';
}
