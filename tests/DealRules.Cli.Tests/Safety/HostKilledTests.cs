using System.Diagnostics;
using System.Runtime.Versioning;

namespace DealRules.Cli.Tests.Safety;

/// <summary>
/// The fourth attack round on the sandbox: a command killed outright (SIGKILL, which it cannot catch)
/// while its pack's worker spins used to leave the worker running for ever, adopted by init, with no
/// deadline left to stop it. The worker now dies with the command.
/// </summary>
[SupportedOSPlatform("linux")]
[Trait("Category", "Slow")]
public sealed class HostKilledTests
{
    [Fact]
    public async Task A_command_killed_outright_takes_its_spinning_worker_with_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var folder = new TemporaryFolder();
        var pack = Directory.CreateDirectory(Path.Combine(folder.Path, "spin")).FullName;
        File.WriteAllText(Path.Combine(pack, "SpinRule.cs"), SpinningPack.Source);
        var cache = new Dictionary<string, string> { ["DEALRULES_CACHE"] = Directory.CreateDirectory(Path.Combine(folder.Path, "cache")).FullName };
        // A first run compiles the pack into the cache and stops at a short deadline, so that the worker
        // of the second run spends its processor time spinning, not compiling.
        var first = await ProcessRunner.Run(CliProcess.StartInfo(["evaluate", CommandRun.Samples, "--rules", pack, "--rules-timeout", "1"], cache), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, first.ExitCode);
        var start = CliProcess.StartInfo(["evaluate", CommandRun.Samples, "--rules", pack, "--rules-timeout", "600", "--format", "json"], cache);
        using var command = Process.Start(start)!;
        _ = command.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = command.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        int worker;
        try
        {
            worker = SpinningChild(command);
        }
        finally
        {
            Unix.Signal(command.Id, 9);
            command.WaitForExit();
        }

        Assert.True(GoneWithin(worker, TimeSpan.FromMinutes(1)), $"worker {worker} still {State(worker)} after its command was killed");
    }

    /// <summary>The command's child process once it has spent three seconds of processor time (the cached pack spinning), within minutes.</summary>
    private static int SpinningChild(Process command)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(command.HasExited, "the command ended before its worker spun");
            foreach (var child in Children(command.Id))
            {
                if (ProcessorTicks(child) > 300)
                {
                    return child;
                }
            }

            Thread.Sleep(50);
        }

        Assert.Fail("no worker of the command spun within three minutes");
        return 0;
    }

    private static List<int> Children(int pid) =>
        Directory.EnumerateDirectories($"/proc/{pid}/task")
            .SelectMany(thread => Read(Path.Combine(thread, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .ToList();

    /// <summary>utime + stime from /proc/PID/stat, in clock ticks (100 a second).</summary>
    private static long ProcessorTicks(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 12 ? long.Parse(fields[11]) + long.Parse(fields[12]) : 0;
    }

    private static char State(int pid) => Read($"/proc/{pid}/stat") is { Length: > 0 } stat ? stat[stat.LastIndexOf(')') + 2] : '-';

    /// <summary>Whether the process has ended (gone, or a zombie waiting for init) within the time given.</summary>
    private static bool GoneWithin(int pid, TimeSpan time)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < time)
        {
            if (State(pid) is '-' or 'Z' or 'X')
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
