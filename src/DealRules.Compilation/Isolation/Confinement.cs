using System.Globalization;
using System.Runtime.InteropServices;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// What the worker does to itself before it reads any pack, so that the kernel, not the pack's good
/// manners, keeps the pack away from the machine (Linux only; elsewhere nothing is applied and the
/// host says so):
/// <list type="bullet">
/// <item>Landlock: the file system is read-only, and only beneath the folders the runtime loads code
/// from; no TCP bind or connect; no signals to and no abstract sockets of processes outside.</item>
/// <item>seccomp: no new programs (<c>execve</c>), no processes (<c>fork</c>, <c>clone</c> without a
/// thread), no sockets, no <c>ptrace</c> or reading other processes' memory, no mounts or namespaces.</item>
/// <item>No capabilities: a worker started by root keeps root's user id but none of its powers
/// (overriding file permissions, killing others' processes, setting the clock, …).</item>
/// <item>No core dumps; at most 4,096 open files.</item>
/// </list>
/// Both are one-way: neither can be undone by the process that applied them, nor by its code.
/// </summary>
internal static unsafe partial class Confinement
{
    private const int PrSetNoNewPrivs = 38;
    private const long SysLandlockCreateRuleset = 444;
    private const long SysLandlockAddRule = 445;
    private const long SysLandlockRestrictSelf = 446;
    private const int OPath = 0x200000;
    private const int OCloexec = 0x80000;
    private const int RlimitCore = 4;
    private const int RlimitNofile = 7;
    private const ulong MaxOpenFiles = 4096;
    private const long SysCapset = 126;

    /// <summary>The environment variable in which the host gives the worker its process id.</summary>
    public const string HostProcessVariable = "DEALRULES_HOST_PID";

    /// <summary>
    /// Binds the worker's life to its host's: the kernel kills the worker (SIGKILL, which a stopped
    /// process receives too) when the host's thread that started it ends, so a host killed outright
    /// leaves no worker running or stopped behind (<see cref="WorkerLauncher"/> starts every worker from
    /// one thread that lives as long as the host). Returns false when the parent is not the host named
    /// in <see cref="HostProcessVariable"/>: the host died before the binding took, or the worker was not
    /// started by a host; the worker then ends at once.
    /// </summary>
    public static bool BindToHost(string? hostProcessId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        const int PrSetPdeathsig = 1, SigKill = 9;
        _ = prctl(PrSetPdeathsig, SigKill, 0, 0, 0);
        return int.TryParse(hostProcessId, NumberStyles.None, CultureInfo.InvariantCulture, out var host) && getppid() == host;
    }

    /// <summary>Confines the process; returns what was applied, in words.</summary>
    /// <param name="readable">Folders and files the worker may read (and execute) beneath; nothing else.</param>
    public static string Apply(IEnumerable<string> readable)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "none (not Linux)";
        }

        var limit = new RLimit { Current = 0, Maximum = 0 };
        _ = setrlimit(RlimitCore, &limit);
        // Few open files: descriptors are kernel objects (pipes, epoll, timers) the resident set does not show.
        var files = new RLimit { Current = MaxOpenFiles, Maximum = MaxOpenFiles };
        _ = setrlimit(RlimitNofile, &files);
        if (prctl(PrSetNoNewPrivs, 1, 0, 0, 0) != 0)
        {
            return "none (no_new_privs refused)";
        }

        var capabilities = DropCapabilities();
        var landlock = ApplyLandlock(readable);
        var seccomp = Seccomp.Apply();
        return $"landlock {landlock}; seccomp {seccomp}; capabilities {capabilities}";
    }

    /// <summary>Drops every capability from the bounding, ambient, effective, permitted and inheritable sets.</summary>
    private static string DropCapabilities()
    {
        const int PrCapbsetDrop = 24, PrCapAmbient = 47, PrCapAmbientClearAll = 4;
        for (var capability = 0UL; capability < 64; capability++)
        {
            _ = prctl(PrCapbsetDrop, capability, 0, 0, 0);
        }

        _ = prctl(PrCapAmbient, PrCapAmbientClearAll, 0, 0, 0);
        var header = stackalloc uint[2] { 0x20080522, 0 };
        var data = stackalloc uint[6];
        return syscall(SysCapset, (long)header, (long)data, 0) == 0 ? "none" : $"kept ({Marshal.GetLastPInvokeError()})";
    }

    private static string ApplyLandlock(IEnumerable<string> readable)
    {
        var abi = syscall(SysLandlockCreateRuleset, 0, 0, 1);
        if (abi < 1)
        {
            return "unavailable";
        }

        // Every access right the kernel knows is handled, so each is denied unless a rule allows it.
        var handledFs = abi switch
        {
            1 => (1UL << 13) - 1,
            2 => (1UL << 14) - 1,
            3 or 4 => (1UL << 15) - 1,
            _ => (1UL << 16) - 1,
        };
        var attr = new RulesetAttr
        {
            HandledAccessFs = handledFs,
            HandledAccessNet = abi >= 4 ? 3UL : 0,
            Scoped = abi >= 6 ? 3UL : 0,
        };
        var size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
        var ruleset = (int)syscall(SysLandlockCreateRuleset, (long)&attr, size, 0);
        if (ruleset < 0)
        {
            return $"refused (abi {abi})";
        }

        try
        {
            const ulong Execute = 1, ReadFile = 1 << 2, ReadDir = 1 << 3;
            foreach (var path in readable.Where(p => File.Exists(p) || Directory.Exists(p)).Distinct(StringComparer.Ordinal))
            {
                var fd = open(path, OPath | OCloexec);
                if (fd < 0)
                {
                    continue;
                }

                var beneath = new PathBeneathAttr { AllowedAccess = Directory.Exists(path) ? Execute | ReadFile | ReadDir : Execute | ReadFile, ParentFd = fd };
                _ = syscall(SysLandlockAddRule, ruleset, 1, (long)&beneath, 0);
                _ = close(fd);
            }

            return syscall(SysLandlockRestrictSelf, ruleset, 0, 0) == 0 ? $"abi {abi}" : $"refused (abi {abi})";
        }
        finally
        {
            _ = close(ruleset);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RulesetAttr
    {
        public ulong HandledAccessFs;
        public ulong HandledAccessNet;
        public ulong Scoped;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct PathBeneathAttr
    {
        public ulong AllowedAccess;
        public int ParentFd;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial long syscall(long number, long a, long b, long c);

    [LibraryImport("libc", SetLastError = true)]
    private static partial long syscall(long number, long a, long b, long c, long d);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int prctl(int option, ulong a, ulong b, ulong c, ulong d);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setrlimit(int resource, RLimit* limit);

    [LibraryImport("libc")]
    private static partial int getppid();
}
