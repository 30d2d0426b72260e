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
    public static CliProcess Run(string? standardInput, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return new CliProcess(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a shell command line (for pipes such as <c>| head</c> and process substitution), with <c>$DEALRULES</c> naming the program.</summary>
    public static CliProcess Shell(string commandLine, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        start.Environment["DEALRULES"] = $"dotnet {Program}";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return new CliProcess(process.ExitCode, output.Result, error.Result);
    }
}
