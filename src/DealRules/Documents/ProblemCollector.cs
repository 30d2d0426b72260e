namespace DealRules.Documents;

/// <summary>Collects the problems of one file, in the order found, with no two at the same location and message.</summary>
internal sealed class ProblemCollector(string file)
{
    private readonly List<DocumentProblem> problems = [];
    private readonly HashSet<string> locations = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public IReadOnlyList<DocumentProblem> Problems => problems;

    public bool HasProblems => problems.Count > 0;

    /// <summary>True when a problem is already recorded at this location (or inside it).</summary>
    public bool Covers(string location) => locations.Contains(location);

    public void Add(string location, string message)
    {
        location = Printable(location);
        message = Printable(message);
        if (problems.Any(p => p.Location == location && p.Message == message))
        {
            return;
        }

        problems.Add(new DocumentProblem(File, location, message));
        locations.Add(location);
    }

    /// <summary>Control characters from hostile input, written as escapes so that a problem stays one readable line.</summary>
    private static string Printable(string text) =>
        text.Any(char.IsControl)
            ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))
            : text;
}
