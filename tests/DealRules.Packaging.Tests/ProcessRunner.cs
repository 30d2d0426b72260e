using System.Diagnostics;

namespace DealRules.Packaging.Tests;

/// <summary>Runs a command to completion and returns its exit code and everything it printed.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> Run(string command, string folder, params string[] arguments)
    {
        var (exitCode, standardOutput, standardError) = await RunSeparately(command, folder, arguments);
        return (exitCode, standardOutput + standardError);
    }

    /// <summary>Runs a command and keeps what it wrote to standard output apart from standard error.</summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunSeparately(string command, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static async Task<string> Succeed(string command, string folder, params string[] arguments)
    {
        var (exitCode, output) = await Run(command, folder, arguments);
        Assert.True(exitCode == 0, $"{command} {string.Join(' ', arguments)} exited {exitCode}:\n{output}");
        return output;
    }
}
