using System.Diagnostics;

namespace DealRules.TestSupport;

/// <summary>What a process that ran to the end gave: its exit code and what it wrote to each stream.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Out">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
public sealed record ProcessResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output followed by standard error.</summary>
    public string Output => Out + Error;
}

/// <summary>Runs a process to its end, reading both streams as it goes so that a full pipe never stalls it.</summary>
public static class ProcessRunner
{
    /// <summary>How long a process may run before it is killed and the run fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="command"/> with <paramref name="arguments"/> in <paramref name="folder"/>, without the .NET CLI's telemetry and banners.</summary>
    public static Task<ProcessResult> Run(string command, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return Run(start);
    }

    /// <summary>
    /// Runs <paramref name="start"/> (its streams are redirected here) with <paramref name="standardInput"/>
    /// written to it, standard input closed after; kills the process tree and throws <see cref="TimeoutException"/>
    /// after <paramref name="timeout"/> (<see cref="DefaultTimeout"/> when null).
    /// </summary>
    public static async Task<ProcessResult> Run(ProcessStartInfo start, string? standardInput = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end within {timeout ?? DefaultTimeout}.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>Runs like <see cref="Run(string, string, string[])"/> and throws, with everything printed, unless the exit code is 0; returns standard output and standard error.</summary>
    public static async Task<string> Succeed(string command, string folder, params string[] arguments)
    {
        var result = await Run(command, folder, arguments);
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Output}");
    }
}
