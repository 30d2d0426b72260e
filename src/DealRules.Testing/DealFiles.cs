using DealRules.Documents;

namespace DealRules.Testing;

/// <summary>Reads deal documents from files for a test: strictly, every problem thrown at once, each document's source relative to where it was looked for, so that reports are the same on every machine.</summary>
public static class DealFiles
{
    /// <summary>Reads one document; its source is its file name.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDealException">It is not a valid document.</exception>
    public static DealDocument Read(string path)
    {
        var read = DealDocumentReader.ReadFile(path);
        return read.Succeeded ? read.Document! with { Source = Path.GetFileName(path) } : throw new InvalidDealException(read.Problems);
    }

    /// <summary>Reads every <c>*.json</c> below a folder, in ordinal order of their paths, leaving out <c>expected.json</c> and <c>profile.json</c> (a <c>dealrules test</c> case is read as it is); sources are relative to the folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <exception cref="InvalidDealException">Any is not a valid document; every problem is listed.</exception>
    public static IReadOnlyList<DealDocument> ReadFolder(string folder)
    {
        var documents = new List<DealDocument>();
        var problems = new List<DocumentProblem>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
                     .Where(p => Path.GetFileName(p) is not ("expected.json" or "profile.json"))
                     .Order(StringComparer.Ordinal))
        {
            var read = DealDocumentReader.ReadFile(path);
            problems.AddRange(read.Problems);
            if (read.Succeeded)
            {
                documents.Add(read.Document! with { Source = Path.GetRelativePath(folder, path).Replace('\\', '/') });
            }
        }

        return problems.Count == 0 ? documents : throw new InvalidDealException(problems);
    }
}
