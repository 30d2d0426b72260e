using DealRules.Documents;
using DealRules.Engine;

namespace DealRules.Cli.Input;

/// <summary>The documents named on the command line, read and checked, with every problem found in any of them.</summary>
internal sealed record DocumentSet(IReadOnlyList<DealDocument> Documents, IReadOnlyList<DocumentProblem> Problems)
{
    private const string SampleResource = "DealRules.Cli.sample-deal.json";

    /// <summary>Reads every file named, and every <c>*.json</c> below every folder named, in a stable order.</summary>
    public static DocumentSet Read(IReadOnlyList<string> paths, Action<int, int>? progress = null)
    {
        var problems = new List<DocumentProblem>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (found.Length == 0)
                {
                    problems.Add(new DocumentProblem(path, "$", "the folder holds no *.json deal documents"));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(new DocumentProblem(path, "$", "no such file or folder"));
            }
        }

        var documents = new List<DealDocument>(files.Count);
        foreach (var (file, index) in files.Distinct(StringComparer.Ordinal).Select((f, i) => (f, i)))
        {
            var result = DealDocumentReader.ReadFile(file);
            if (result.Succeeded)
            {
                documents.Add(result.Document);
            }

            problems.AddRange(result.Problems);
            progress?.Invoke(index + 1, files.Count);
        }

        problems.AddRange(PortfolioProblems.DuplicateDealIds(documents));
        return new DocumentSet(documents, problems);
    }

    /// <summary>The sample deal that ships inside the tool.</summary>
    public static DocumentSet Sample()
    {
        using var stream = typeof(DocumentSet).Assembly.GetManifestResourceStream(SampleResource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var result = DealDocumentReader.Read(buffer.ToArray(), "(sample) amazon-openai-2025-12.json");
        return new DocumentSet(result.Succeeded ? [result.Document] : [], result.Problems);
    }
}
