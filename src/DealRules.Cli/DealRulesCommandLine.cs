using System.CommandLine;
using DealRules.Cli.Commands;
using DealRules.Engine;
using DealRules.Strategic;

namespace DealRules.Cli;

/// <summary>The <c>dealrules</c> command: parses arguments, reports usage errors with exit code 2, runs a subcommand.</summary>
internal static class DealRulesCommandLine
{
    public static int Run(string[] args, CliConsole console) => Run(args, console, () => RulePack.FromAssemblyOf<StrategicRules>());

    /// <summary>Runs the command with the rule pack <paramref name="rules"/> gives (tests substitute failing packs).</summary>
    public static int Run(string[] args, CliConsole console, Func<RulePack> rules)
    {
        var root = new RootCommand("Validates and evaluates strategic deal documents against the DealRules catalog.")
        {
            EvaluateCommand.Create(console, rules),
            ValidateCommand.Create(console),
            RulesCommand.Create(console, rules),
            GraphCommand.Create(console, rules),
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
