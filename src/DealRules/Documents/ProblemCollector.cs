using DealRules.Input;
namespace DealRules.Documents;

/// <summary>Collects the problems of one file, in the order found, with no two at the same location and message.</summary>
/// <remarks>
/// Every operation is a hash lookup, so a document with a hundred thousand problems costs a hundred
/// thousand steps; the lists and sets are made at the first problem, so a valid document costs none.
/// </remarks>
internal sealed class ProblemCollector(string file)
{
    /// <summary>The longest location kept whole; longer ones (a huge property name) are cut.</summary>
    private const int LocationLength = 256;

    /// <summary>The longest message kept whole.</summary>
    private const int MessageLength = 1024;

    private List<DocumentProblem>? problems;
    private HashSet<DocumentProblem>? seen;
    private HashSet<string>? locations;

    public string File { get; } = file;

    public IReadOnlyList<DocumentProblem> Problems => problems ?? (IReadOnlyList<DocumentProblem>)Array.Empty<DocumentProblem>();

    public bool HasProblems => problems is not null;

    /// <summary>True when a problem is already recorded at this location.</summary>
    public bool Covers(string location) => locations is not null && locations.Contains(Location(location));

    public void Add(string location, string message)
    {
        location = Location(location);
        message = Echo.Shorten(message, MessageLength);
        // Problems are records (equal when file, location and message are), not value tuples: a set of value
        // tuples is generic code the ReadyToRun image cannot hold, compiled on first use.
        var problem = new DocumentProblem(File, location, message);
        if ((seen ??= []).Add(problem))
        {
            (problems ??= []).Add(problem);
            (locations ??= new HashSet<string>(StringComparer.Ordinal)).Add(location);
        }
    }

    /// <summary>A location as problems show it: printable, and cut when a hostile name makes it huge.</summary>
    public static string Location(string location) => Echo.Shorten(location, LocationLength);
}
