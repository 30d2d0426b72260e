using System.Runtime.InteropServices;

namespace DealRules.Compilation;

/// <summary>What Linux says of a file through <c>statx</c>: its type, links, owner and size, from an open descriptor or a path (links not followed).</summary>
internal static unsafe partial class UnixFile
{
    private const int AtEmptyPath = 0x1000;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasic = 0x7FF;
    public const int TypeMask = 0xF000;
    public const int Regular = 0x8000;
    public const int Directory = 0x4000;

    /// <summary>The status of an open descriptor.</summary>
    public static Status? Of(int descriptor) => Stat(descriptor, "", AtEmptyPath);

    /// <summary>The status of a path; a link is described, not followed.</summary>
    public static Status? Of(string path) => Stat(-100, path, AtSymlinkNoFollow);

    /// <summary>The user the process runs as.</summary>
    public static uint EffectiveUser => geteuid();

    private static Status? Stat(int descriptor, string path, int flags)
    {
        // struct statx: stx_nlink (u32) at 16, stx_uid (u32) at 20, stx_mode (u16) at 28, stx_size (u64) at 40; 256 bytes in all.
        var buffer = stackalloc byte[256];
        if (statx(descriptor, path, flags, StatxBasic, buffer) != 0)
        {
            return null;
        }

        return new Status(*(ushort*)(buffer + 28), *(uint*)(buffer + 16), *(uint*)(buffer + 20), *(long*)(buffer + 40));
    }

    /// <summary>A file's status.</summary>
    /// <param name="Mode">Type and permission bits.</param>
    /// <param name="Links">How many names the file has.</param>
    /// <param name="Owner">The owning user's id.</param>
    /// <param name="Size">Its size in bytes.</param>
    public readonly record struct Status(int Mode, uint Links, uint Owner, long Size)
    {
        public bool IsRegular => (Mode & TypeMask) == Regular;

        public bool IsDirectory => (Mode & TypeMask) == Directory;

        /// <summary>True when users other than the owner may write it.</summary>
        public bool WritableByOthers => (Mode & 0b000_010_010) != 0;
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
