using System.CommandLine;
using DealRules.Cli.Commands;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Strategic;

namespace DealRules.Cli;

/// <summary>The <c>dealrules</c> command: parses arguments, reports usage errors with exit code 2 (with a "did you mean"), runs a subcommand.</summary>
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
            TestCommand.Create(console, rules),
            ExplainCommand.Create(console, rules),
            GraphCommand.Create(console, rules),
        };

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };

        // A bare "dealrules" shows what it can do rather than an error.
        if (args.Length == 0)
        {
            return root.Parse("--help").Invoke(configuration);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                var message = string.Join(' ', error.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                console.Error.WriteLine($"dealrules: {Echo.Shorten(message, 300)}{Suggestion(message, parsed.CommandResult.Command, root)}");
            }

            console.Error.WriteLine($"Run '{string.Join(' ', ["dealrules", .. Path(parsed.CommandResult.Command, root)])} --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>" Did you mean 'evaluate'?" for an unknown token close to a command or option of the command it was given to.</summary>
    private static string Suggestion(string message, Command command, RootCommand root)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        if (start < 0 || end <= start || !message.StartsWith("Unrecognized", StringComparison.Ordinal))
        {
            return "";
        }

        var token = message[(start + 1)..end];
        var candidates = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(command == root ? [] : root.Subcommands.Select(c => c.Name))
            .Where(c => !c.StartsWith("-?", StringComparison.Ordinal) && c != "-h" && c != "/?" && c != "/h")
            .Distinct(StringComparer.Ordinal);
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(token.TrimStart('-'), c.TrimStart('-'))))
            .Where(c => c.Distance <= Math.Max(1, c.Candidate.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is null ? "" : $" Did you mean '{best.Candidate}'?";
    }

    private static IEnumerable<string> Path(Command command, RootCommand root) => command == root ? [] : [command.Name];

    /// <summary>Levenshtein distance, for suggestions.</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
