using DealRules.Documents;

namespace DealRules.Cli.Input;

/// <summary>
/// The deal files named on the command line. They are checked one at a time and only what joins
/// them into a portfolio is kept (deal id, party ids), so that a folder of any size is checked, and
/// then evaluated group by group, without holding every document in memory at once.
/// </summary>
internal static class DocumentFiles
{
    /// <summary>Every file named, and every <c>*.json</c> below every folder named, in a stable order.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<DocumentProblem> Problems) Expand(IReadOnlyList<string> paths)
    {
        var problems = new List<DocumentProblem>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
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

        return (files.Distinct(StringComparer.Ordinal).ToArray(), problems);
    }

    /// <summary>Reads and checks every file, keeping of each accepted one only what joins it to others.</summary>
    public static (IReadOnlyList<CheckedFile> Files, IReadOnlyList<DocumentProblem> Problems) Check(IReadOnlyList<string> files, Action<int, int>? progress = null)
    {
        var problems = new List<DocumentProblem>();
        var accepted = new List<CheckedFile>(files.Count);
        var firstWithId = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var result = DealDocumentReader.ReadFile(files[i]);
            problems.AddRange(result.Problems);
            if (result.Document is { Deal: var deal })
            {
                if (firstWithId.TryAdd(deal.Id, files[i]))
                {
                    accepted.Add(new CheckedFile(files[i], deal.Id, deal.Parties.Select(p => p.Id).ToArray()));
                }
                else
                {
                    problems.Add(new DocumentProblem(files[i], "$.id",
                        $"deal id '{deal.Id}' is already used by {firstWithId[deal.Id]}; deal ids must be unique within a portfolio"));
                }
            }

            progress?.Invoke(i + 1, files.Count);
        }

        return (accepted, problems);
    }

    /// <summary>Reads checked files again to evaluate them; a file that changed since it was checked is a problem.</summary>
    public static (IReadOnlyList<DealDocument> Documents, IReadOnlyList<DocumentProblem> Problems) Load(IEnumerable<CheckedFile> files)
    {
        var documents = new List<DealDocument>();
        var problems = new List<DocumentProblem>();
        foreach (var file in files)
        {
            var result = DealDocumentReader.ReadFile(file.Path);
            if (result.Document is { } document && document.Deal.Id == file.DealId)
            {
                documents.Add(document);
            }
            else
            {
                problems.AddRange(result.Problems.Count > 0 ? result.Problems : [new DocumentProblem(file.Path, "$.id", "the file changed while it was being evaluated")]);
            }
        }

        return (documents, problems);
    }
}

/// <summary>A file that passed every check: where it is, its deal id and the parties it names.</summary>
internal sealed record CheckedFile(string Path, string DealId, IReadOnlyList<string> Parties);
