using DealRules.Documents;

namespace DealRules.Compilation.Tests;

/// <summary>The sample deals and the shipped corpus, read from the copies beside the test.</summary>
internal static class TestFiles
{
    public static IReadOnlyList<DealDocument> Samples { get; } = Read("samples");

    /// <summary>The shipped corpus of real deals (format 2).</summary>
    public static IReadOnlyList<DealDocument> Corpus { get; } = Read("deals");

    private static DealDocument[] Read(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => DealDocumentReader.ReadFile(path).Document ?? throw new InvalidOperationException($"{path} does not read"))
            .ToArray();
}
