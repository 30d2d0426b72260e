using DealRules.Documents;

namespace DealRules.Cli.Input;

/// <summary>Documents read and checked whole, for commands that evaluate a few at once (explain, test): every problem collected, nothing held back on disk.</summary>
internal static class DocumentInputs
{
    /// <summary>The documents below <paramref name="paths"/>, or the problems that refuse them.</summary>
    public static (IReadOnlyList<DealDocument> Documents, IReadOnlyList<DocumentProblem> Problems) Read(IReadOnlyList<string> paths, CliConsole console, params string[] excludes)
    {
        var gathered = InputGathering.Gather(paths, excludes);
        if (gathered.Problems.Count > 0)
        {
            return ([], gathered.Problems);
        }

        var portfolio = CheckedDocuments.Check(gathered.Sources, () => console.StandardInput, false, _ => { }, console.Interrupted);
        return portfolio.Succeeded
            ? (portfolio.Documents.Select(document => document.Document).ToArray(), [])
            : ([], portfolio.Problems);
    }
}
