using System.Globalization;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// A worker's memory as the kernel counts it, from one read of <c>/proc/PID/status</c>: its resident
/// set (<c>VmRSS</c>), and what that does not show: its page tables (<c>VmPTE</c>: a huge sparse mapping touched once every 2 MiB holds gigabytes of
/// them with a resident set of a few megabytes) and its threads (<c>Threads</c>: each a kernel stack,
/// and each a process id of the machine's). The host counts both against the worker's limits.
/// </summary>
/// <param name="ResidentBytes">The resident set's bytes.</param>
/// <param name="PageTableBytes">The page tables' bytes.</param>
/// <param name="Threads">The threads.</param>
/// <param name="LeaderEnded">The process's first thread has ended while others run: the kernel then
/// shows no resident set or page tables for the process, so its memory could no longer be counted.</param>
internal readonly record struct KernelShare(long ResidentBytes, long PageTableBytes, int Threads, bool LeaderEnded)
{
    /// <summary>A thread's kernel stack on x86-64 (THREAD_SIZE), in bytes.</summary>
    public const long StackBytes = 16 << 10;

    /// <summary>The most threads a worker may run at once; past it the host stops it (<c>thread limit</c>).</summary>
    public const int MaxThreads = 1024;

    /// <summary>The resident set, page tables and kernel stacks, in bytes.</summary>
    public long Bytes => ResidentBytes + PageTableBytes + Threads * StackBytes;

    /// <summary>The process's share; zero when it is gone or the figures cannot be read (not Linux).</summary>
    public static KernelShare Of(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return default;
        }

        long resident = 0, pageTables = 0;
        var threads = 0;
        var zombie = false;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Number(line.AsSpan("VmRSS:".Length)) * 1024;
                }
                else if (line.StartsWith("VmPTE:", StringComparison.Ordinal))
                {
                    pageTables = Number(line.AsSpan("VmPTE:".Length)) * 1024;
                }
                else if (line.StartsWith("State:", StringComparison.Ordinal))
                {
                    zombie = line.AsSpan("State:".Length).TrimStart().StartsWith("Z");
                }
                else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    threads = (int)Math.Min(Number(line.AsSpan("Threads:".Length)), int.MaxValue);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process is gone.
        }

        return new KernelShare(resident, pageTables, threads, zombie && threads > 1);
    }

    private static long Number(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        text = text.EndsWith(" kB", StringComparison.Ordinal) ? text[..^3] : text;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
