using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DealRules.Input;

/// <summary>
/// The few libc calls that .NET does not offer: <c>open</c> with <c>O_NONBLOCK</c> and
/// <c>O_NOFOLLOW</c>, and <c>statx</c> on a path or an open descriptor. Linux only; callers check
/// <see cref="IsAvailable"/> and fall back to portable code elsewhere.
/// </summary>
internal static partial class NativeFiles
{
    private const int ORdOnly = 0;
    private const int OWrOnly = 1;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int FGetFl = 3;
    private const int FSetFl = 4;

    /// <summary>ELOOP: <c>O_NOFOLLOW</c> met a symbolic link.</summary>
    public const int ELoop = 40;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux()
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    // O_NOFOLLOW differs between architectures (asm-generic vs x86).
    private static int ONoFollow => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;

    /// <summary>Opens a path for reading without blocking on a FIFO; the descriptor is left blocking for reads afterwards.</summary>
    public static SafeFileHandle OpenForReading(string path, bool followLinks, out int errno) =>
        Open(path, ORdOnly | ONonBlock | OCloExec | (followLinks ? 0 : ONoFollow), out errno);

    /// <summary>Opens an existing path for writing, without creating or truncating it, and without blocking on a FIFO.</summary>
    public static SafeFileHandle OpenForWriting(string path, out int errno) =>
        Open(path, OWrOnly | ONonBlock | OCloExec, out errno);

    private static SafeFileHandle Open(string path, int flags, out int errno)
    {
        var fd = open(path, flags, 0);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Makes reads on a descriptor opened with <c>O_NONBLOCK</c> block again (a pipe with a writer then waits for its data).</summary>
    public static void MakeBlocking(SafeFileHandle handle)
    {
        var fd = (int)handle.DangerousGetHandle();
        var flags = fcntl(fd, FGetFl, 0);
        if (flags >= 0 && (flags & ONonBlock) != 0)
        {
            _ = fcntl(fd, FSetFl, flags & ~ONonBlock);
        }
    }

    /// <summary>The status of an open descriptor.</summary>
    public static FileStatus? Status(SafeFileHandle handle, out int errno)
    {
        var result = statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasicStats, out var buffer);
        errno = result < 0 ? Marshal.GetLastPInvokeError() : 0;
        return result < 0 ? null : buffer.ToStatus();
    }

    /// <summary>The status of a path, following a final symbolic link or not.</summary>
    public static FileStatus? Status(string path, bool followLinks, out int errno)
    {
        var result = statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var buffer);
        errno = result < 0 ? Marshal.GetLastPInvokeError() : 0;
        return result < 0 ? null : buffer.ToStatus();
    }

    /// <summary>A short lower-case description of an errno value, as a problem line says it.</summary>
    public static string Describe(int errno) => errno switch
    {
        1 or 13 => "permission denied",
        2 => "no such file or folder",
        20 => "a part of the path is not a folder",
        ELoop => "is a symbolic link (or a chain of too many)",
        6 => "no process is reading it",
        _ => Lower(Marshal.GetPInvokeErrorMessage(errno)),
    };

    private static string Lower(string message) => message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..];

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int fd, int command, int argument);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, out Statx buffer);

    /// <summary>struct statx of the Linux kernel (256 bytes, the same on every architecture).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(16)] public uint Links;
        [FieldOffset(20)] public uint User;
        [FieldOffset(24)] public uint Group;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;

        public readonly FileStatus ToStatus() => new(
            KindOf(Mode),
            new FileIdentity(((ulong)DeviceMajor << 32) | DeviceMinor, Inode),
            (long)Size,
            (UnixFileMode)(Mode & 0xfff),
            User,
            Group,
            Links);

        private static FileKind KindOf(ushort mode) => (mode & 0xf000) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xc000 => FileKind.Socket,
            0xa000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
    }
}
