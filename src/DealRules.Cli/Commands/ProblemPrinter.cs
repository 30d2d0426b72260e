using DealRules.Documents;

namespace DealRules.Cli.Commands;

/// <summary>Prints input problems on standard error, one line each: <c>file: $.location: message</c>.</summary>
internal static class ProblemPrinter
{
    public static int Print(IEnumerable<DocumentProblem> problems, CliConsole console)
    {
        var count = 0;
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem.ToString());
            count++;
        }

        console.Error.WriteLine($"dealrules: {count} {(count == 1 ? "problem" : "problems")}; nothing was evaluated.");
        return ExitCodes.BadInput;
    }
}
