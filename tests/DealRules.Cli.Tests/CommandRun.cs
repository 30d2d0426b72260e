using DealRules.Engine;

namespace DealRules.Cli.Tests;

/// <summary>Runs the command in-process, as a redirected (non-terminal) invocation, and captures both streams.</summary>
internal sealed record CommandRun(int ExitCode, string Out, string Error)
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Example => Path.Combine(Samples, "amazon-openai-2025-12.json");

    public static CommandRun Of(params string[] args) => WithRules(() => RulePack.FromAssemblyOf<Strategic.StrategicRules>(), args);

    /// <summary>Runs the command with another rule pack than the shipped catalog.</summary>
    public static CommandRun WithRules(Func<DealRules.Engine.RulePack> rules, params string[] args) => Run(console => console, rules, args);

    /// <summary>Runs the command with something piped into standard input.</summary>
    public static CommandRun WithInput(string standardInput, params string[] args) =>
        Run(console => console with { StandardInput = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(standardInput)) }, Catalog, args);

    /// <summary>Runs the command with a console changed by <paramref name="configure"/> (a terminal on standard error, an interruption).</summary>
    public static CommandRun Run(Func<CliConsole, CliConsole> configure, Func<RulePack> rules, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = DealRulesCommandLine.Run(args, configure(new CliConsole(output, error, IsTerminal: false)), rules);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    public static RulePack Catalog() => RulePack.FromAssemblyOf<Strategic.StrategicRules>();

    /// <summary>The problem lines of standard error (not the closing "dealrules: …" line).</summary>
    public string[] ProblemLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("dealrules:", StringComparison.Ordinal)).ToArray();
}
