using DealRules.Documents;

namespace DealRules.Tests.Support;

/// <summary>The corpus of real deals shipped in rules/deals, copied next to the tests.</summary>
internal static class Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "deals");

    public static DealDocument[] ReadAll() => Directory.EnumerateFiles(Folder, "*.json")
        .Order(StringComparer.Ordinal)
        .Select(path =>
        {
            var result = DealDocumentReader.ReadFile(path);
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
            return result.Document with { Source = "deals/" + Path.GetFileName(path) };
        })
        .ToArray();
}
