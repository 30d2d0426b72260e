using System.CommandLine;
using DealRules.Cli.Commands;

namespace DealRules.Cli;

/// <summary>The <c>dealrules</c> command: parses arguments, reports usage errors with exit code 2, runs a subcommand.</summary>
internal static class DealRulesCommandLine
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Validates and evaluates strategic deal documents against the DealRules catalog.")
        {
            EvaluateCommand.Create(console),
            ValidateCommand.Create(console),
            RulesCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"dealrules: {error.Message}");
            }

            console.Error.WriteLine("Run 'dealrules --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        });
    }
}
