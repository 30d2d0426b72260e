using System.CommandLine;
using DealRules.Cli.Input;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules validate PATH…</c>: checks documents only and lists every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Deal documents, or folders whose *.json files are all checked.",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var command = new Command("validate", "Check deal documents and list every problem.") { paths };
        command.SetAction(parse =>
        {
            var documents = DocumentSet.Read(parse.GetValue(paths) ?? []);
            if (documents.Problems.Count > 0)
            {
                foreach (var problem in documents.Problems)
                {
                    console.Error.WriteLine(problem.ToString());
                }

                console.Error.WriteLine($"dealrules: {documents.Problems.Count} {(documents.Problems.Count == 1 ? "problem" : "problems")}.");
                return ExitCodes.BadInput;
            }

            foreach (var document in documents.Documents)
            {
                console.Out.WriteLine($"{document.Source}: valid ({document.Deal.Id})");
            }

            console.Out.WriteLine($"{documents.Documents.Count} {(documents.Documents.Count == 1 ? "document" : "documents")} valid.");
            return ExitCodes.Success;
        });
        return command;
    }
}
