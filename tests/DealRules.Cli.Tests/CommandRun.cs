using DealRules.Engine;
using DealRules.Cli;

namespace DealRules.Cli.Tests;

/// <summary>Runs the command in-process, as a redirected (non-terminal) invocation, and captures both streams.</summary>
internal sealed record CommandRun(int ExitCode, string Out, string Error)
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static CommandRun Of(params string[] args) => WithRules(() => RulePack.FromAssemblyOf<Strategic.StrategicRules>(), args);

    /// <summary>Runs the command with another rule pack than the shipped catalog.</summary>
    public static CommandRun WithRules(Func<DealRules.Engine.RulePack> rules, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = DealRulesCommandLine.Run(args, new CliConsole(output, error, IsTerminal: false), rules);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}
