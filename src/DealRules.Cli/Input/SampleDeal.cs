using DealRules.Documents;

namespace DealRules.Cli.Input;

/// <summary>
/// The corpus of real deals that ships inside the tool (<c>rules/deals</c>, embedded as resources), so
/// that a first run shows the AI deal web as it is reported.
/// </summary>
internal static class SampleDeal
{
    private const string Prefix = "DealRules.Cli.deals.";

    /// <summary>The line <c>evaluate</c> writes on standard error when it evaluates the corpus.</summary>
    public static string Announcement(int count) =>
        $"dealrules: no path given; evaluating the {count} real deals shipped in the tool (rules/deals, public reporting 2019-2026). Name files or folders to evaluate your own.";

    /// <summary>Every document of the corpus, in resource-name order.</summary>
    public static IReadOnlyList<DealDocument> Read()
    {
        var assembly = typeof(SampleDeal).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var file = name[Prefix.Length..];
                return DealDocumentReader.Read(buffer.ToArray(), "(shipped) rules/deals/" + file).Document
                    ?? throw new InvalidOperationException($"The shipped deal {file} is invalid.");
            })
            .ToArray();
    }
}
