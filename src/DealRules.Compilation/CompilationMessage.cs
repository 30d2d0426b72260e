namespace DealRules.Compilation;

/// <summary>
/// A compiler or analyzer diagnostic on a rule pack's source, in the form MSBuild, editors and CI
/// problem matchers read: <c>file(line,col): error DR2005: message</c>.
/// </summary>
/// <param name="File">The source file, relative to the pack's folder.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Id">The diagnostic id (<c>CS0103</c>, <c>DR1003</c>).</param>
/// <param name="Message">What is wrong: one line, at most <see cref="MaxMessageLength"/> characters, control characters escaped.</param>
/// <param name="IsError">True for an error (the pack is refused), false for a warning.</param>
public sealed record CompilationMessage(string File, int Line, int Column, string Id, string Message, bool IsError = true)
{
    /// <summary>The longest message kept; a diagnostic that quotes more of the source is cut, so that no message echoes more than its line.</summary>
    public const int MaxMessageLength = 300;

    /// <summary>The message as compilers print it.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Id}: {Message}";

    /// <summary>A message made safe to print: one line, control characters escaped, cut at <see cref="MaxMessageLength"/>.</summary>
    /// <param name="text">The diagnostic's text.</param>
    internal static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxMessageLength + 1));
        foreach (var c in text)
        {
            if (builder.Length >= MaxMessageLength)
            {
                builder.Append('…');
                break;
            }

            if (char.IsControl(c))
            {
                builder.Append($"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
