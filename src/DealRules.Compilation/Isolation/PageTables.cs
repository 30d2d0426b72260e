using System.Globalization;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// The memory a process's page tables take (<c>VmPTE</c> in <c>/proc/PID/status</c>), which its resident
/// set does not show: a worker that maps a huge read-only region and touches one byte every 2 MiB holds
/// gigabytes of them with a resident set of a few megabytes. The host counts them against the worker's
/// memory limit.
/// </summary>
internal static class PageTables
{
    /// <summary>The page tables' bytes; 0 when the process is gone or the figure cannot be read (not Linux).</summary>
    public static long Bytes(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmPTE:", StringComparison.Ordinal))
                {
                    var kibibytes = line.AsSpan("VmPTE:".Length).Trim();
                    kibibytes = kibibytes.EndsWith(" kB", StringComparison.Ordinal) ? kibibytes[..^3] : kibibytes;
                    return long.TryParse(kibibytes, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value * 1024 : 0;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process is gone.
        }

        return 0;
    }
}
