using System.Diagnostics;

namespace DealRules.Cli.Tests;

/// <summary>Runs the real dealrules program (the built DealRules.Cli.dll) as a process: for pipes, signals and standard streams that only a process has.</summary>
internal sealed record CliProcess(int ExitCode, string Out, string Error)
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "DealRules.Cli.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs to the end with <paramref name="standardInput"/> piped in (closed when null).</summary>
    public static CliProcess Run(string? standardInput, params string[] args) => Of(ProcessRunner.Run(StartInfo(args), standardInput, cancellationToken: TestContext.Current.CancellationToken));

    /// <summary>Runs a shell command line (for pipes such as <c>| head</c> and process substitution), with <c>$DEALRULES</c> naming the program.</summary>
    public static CliProcess Shell(string commandLine, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        start.Environment["DEALRULES"] = $"dotnet {Program}";
        return Of(ProcessRunner.Run(start, cancellationToken: TestContext.Current.CancellationToken));
    }

    private static CliProcess Of(Task<ProcessResult> run)
    {
        var (exitCode, output, error) = run.GetAwaiter().GetResult();
        return new CliProcess(exitCode, output, error);
    }
}
