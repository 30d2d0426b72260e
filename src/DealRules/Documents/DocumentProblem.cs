using DealRules.Input;
namespace DealRules.Documents;

/// <summary>One thing wrong with an input file: where it is and what was expected.</summary>
/// <param name="File">The file (or other source name) the problem is in.</param>
/// <param name="Location">The JSON location, such as <c>$.investments[0].amount</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DocumentProblem(string File, string Location, string Message)
{
    /// <summary>The line of the file (from 1) where the location starts, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The column (from 1, in UTF-16 code units) where the location starts, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the problem as one line, <c>file: $.location: message</c>, with control characters of the file name escaped.</summary>
    public override string ToString() => $"{Echo.Printable(File)}: {Location}: {Message}";
}
