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
            var (files, missing) = DocumentFiles.Expand(parse.GetValue(paths) ?? []);
            var (accepted, invalid) = DocumentFiles.Check(files);
            var problems = missing.Concat(invalid).ToArray();
            if (problems.Length > 0)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine(problem.ToString());
                }

                console.Error.WriteLine($"dealrules: {problems.Length} {(problems.Length == 1 ? "problem" : "problems")}.");
                return ExitCodes.BadInput;
            }

            foreach (var file in accepted)
            {
                console.Out.WriteLine($"{file.Path}: valid ({file.DealId})");
            }

            console.Out.WriteLine($"{accepted.Count} {(accepted.Count == 1 ? "document" : "documents")} valid.");
            return ExitCodes.Success;
        });
        return command;
    }
}
