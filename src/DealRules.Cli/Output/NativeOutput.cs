using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DealRules.Cli.Output;

/// <summary>The libc calls the report writer needs on Linux: opening a device or FIFO for writing without blocking, and who we are.</summary>
internal static partial class NativeOutput
{
    private const int OWrOnly = 1;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;
    private const int FGetFl = 3;
    private const int FSetFl = 4;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>The effective user id (0 for root).</summary>
    public static uint EffectiveUser => IsAvailable ? geteuid() : uint.MaxValue;

    /// <summary>Opens an existing path for writing, without creating or truncating it; a FIFO with no reader fails (ENXIO) instead of blocking.</summary>
    public static SafeFileHandle OpenExisting(string path, out int errno)
    {
        var fd = open(path, OWrOnly | ONonBlock | OCloExec, 0);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (fd >= 0)
        {
            var flags = fcntl(fd, FGetFl, 0);
            if (flags >= 0)
            {
                _ = fcntl(fd, FSetFl, flags & ~ONonBlock);
            }
        }

        return handle;
    }

    public static string Describe(int errno) => errno switch
    {
        1 or 13 => "permission denied",
        6 => "no process is reading it",
        28 => "no space left on the device",
        30 => "the file system is read-only",
        _ => Marshal.GetPInvokeErrorMessage(errno).ToLowerInvariant(),
    };

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int fd, int command, int argument);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
