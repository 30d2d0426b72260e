using System.Globalization;
using System.Runtime.InteropServices;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// The worker's file descriptors, tidied before it reads anything: every descriptor it inherited
/// from the host (a file a shell opened as <c>3&lt;secrets</c>, a build's jobserver pipe, an activated
/// socket) is closed, since Landlock checks only paths opened from now on; and standard error goes to
/// <c>/dev/null</c>, so that nothing the worker writes there can reach the host or the user.
/// </summary>
internal static partial class Descriptors
{
    private const int CloseOnExec = 0x80000; // O_CLOEXEC as /proc/self/fdinfo shows it

    /// <summary>Closes the inherited descriptors and silences standard error; returns how many were closed.</summary>
    public static int Tidy()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var closed = 0;
        foreach (var number in Inherited())
        {
            if (close(number) == 0)
            {
                closed++;
            }
        }

        var devNull = open("/dev/null", 1 | CloseOnExec);
        if (devNull >= 0)
        {
            _ = dup2(devNull, 2);
            _ = close(devNull);
        }

        return closed;
    }

    /// <summary>
    /// Descriptors above standard error that are not close-on-exec: the ones the process was started
    /// with. The runtime opens its own with close-on-exec (but for a <c>/dev/null</c>, left alone).
    /// </summary>
    private static List<int> Inherited()
    {
        var inherited = new List<int>();
        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fdinfo"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 2)
            {
                continue;
            }

            try
            {
                var flags = File.ReadLines(entry).FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
                if (flags is null || (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & CloseOnExec) != 0)
                {
                    continue;
                }

                if (new FileInfo($"/proc/self/fd/{number}").LinkTarget != "/dev/null")
                {
                    inherited.Add(number);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The descriptor closed meanwhile (the enumeration's own), or cannot be described: leave it.
            }
        }

        return inherited;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int descriptor);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int dup2(int from, int to);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);
}
