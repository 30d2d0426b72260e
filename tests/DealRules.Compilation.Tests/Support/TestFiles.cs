using DealRules.Documents;

namespace DealRules.Compilation.Tests;

/// <summary>The repository and the sample deals, found from the test's output folder.</summary>
internal static class TestFiles
{
    public static string Repository { get; } = Find();

    public static string Catalog => Path.Combine(Repository, "rules", "DealRules.Strategic");

    public static IReadOnlyList<DealDocument> Samples { get; } = Read("samples");

    /// <summary>The shipped corpus of real deals (format 2).</summary>
    public static IReadOnlyList<DealDocument> Corpus { get; } = Read("deals");

    private static DealDocument[] Read(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => DealDocumentReader.ReadFile(path).Document ?? throw new InvalidOperationException($"{path} does not read"))
            .ToArray();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "RulesEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
