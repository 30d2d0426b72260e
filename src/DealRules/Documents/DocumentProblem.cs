namespace DealRules.Documents;

/// <summary>One thing wrong with an input file: where it is and what was expected.</summary>
/// <param name="File">The file (or other source name) the problem is in.</param>
/// <param name="Location">The JSON location, such as <c>$.investments[0].amount</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DocumentProblem(string File, string Location, string Message)
{
    /// <summary>Formats the problem as <c>file: $.location: message</c>.</summary>
    public override string ToString() => $"{File}: {Location}: {Message}";
}
