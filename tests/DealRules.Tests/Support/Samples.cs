using DealRules.Documents;

namespace DealRules.Tests.Support;

/// <summary>The sample deals shipped in rules/samples, copied next to the tests.</summary>
internal static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static DealDocument Read(string name)
    {
        var result = DealDocumentReader.ReadFile(PathOf(name));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Document with { Source = "samples/" + name };
    }
}
