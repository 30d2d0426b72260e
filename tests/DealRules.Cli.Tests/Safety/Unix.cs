using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DealRules.Cli.Tests.Safety;

/// <summary>What the tests about files, users and signals need from the system.</summary>
internal static partial class Unix
{
    public static bool IsRoot => Environment.UserName == "root";

    public static void Mkfifo(string path)
    {
        if (mkfifo(path, Convert.ToInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }
    }

    public static void Signal(int pid, int signal) => _ = kill(pid, signal);

    /// <summary>Runs a command and returns its exit code (for what only a tool does: chown, setpriv, mount, a shell's &gt;).</summary>
    public static int Run(string program, params string[] args) => RunCapturing(program, args).ExitCode;

    /// <summary>Runs a command and returns its exit code and standard error.</summary>
    public static (int ExitCode, string Error) RunCapturing(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    public static bool HasSetpriv => File.Exists("/usr/bin/setpriv") && Run("/usr/bin/setpriv", [.. Unprivileged, "true"]) == 0;

    /// <summary>Runs the command line as the unprivileged user 65534 (root reads and searches anything), returning its exit code and standard error.</summary>
    public static (int ExitCode, string Error) RunCapturingUnprivileged(params string[] command) => RunCapturing("/usr/bin/setpriv", [.. Unprivileged, .. command]);

    private static readonly string[] Unprivileged = ["--reuid=65534", "--regid=65534", "--clear-groups"];

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int mkfifo(string path, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
