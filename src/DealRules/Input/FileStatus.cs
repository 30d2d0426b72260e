namespace DealRules.Input;

/// <summary>What a path is, as the file system says.</summary>
public enum FileKind
{
    /// <summary>A regular file: the only kind read from folders.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A pipe or FIFO (what <c>&lt;(command)</c> and standard input in a pipeline are).</summary>
    Pipe,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A symbolic link (seen only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Identifies a file as the file system does (device and inode), whatever path names it.</summary>
/// <param name="Device">The device the file is on.</param>
/// <param name="Inode">The file's number on that device.</param>
public readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <summary>The status of a file: what it is, which file it is, its size and its permissions.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Identity">Which file it is; two paths with one identity name the same file.</param>
/// <param name="Size">Its size in bytes as the file system reports it (0 for devices and pipes, whatever they hold).</param>
/// <param name="Mode">Its permission bits.</param>
/// <param name="User">Its owner's user id (0 where unknown).</param>
/// <param name="Group">Its group id (0 where unknown).</param>
/// <param name="Links">How many names (hard links) it has.</param>
public sealed record FileStatus(FileKind Kind, FileIdentity Identity, long Size, UnixFileMode Mode, uint User, uint Group, uint Links)
{
    /// <summary>The kind in words, for problem lines: "a character device".</summary>
    public string KindDescription => Describe(Kind);

    /// <summary>A kind in words.</summary>
    /// <param name="kind">The kind.</param>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.RegularFile => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Pipe => "a pipe",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };

    /// <summary>The status of a path; null with a reason when it cannot be had.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a final symbolic link is followed (true) or described (false).</param>
    /// <param name="problem">Why there is no status: "no such file or folder", "permission denied", ….</param>
    public static FileStatus? Of(string path, bool followLinks, out string? problem)
    {
        problem = null;
        if (path.Length == 0)
        {
            problem = "an empty path names no file";
            return null;
        }

        if (NativeFiles.IsAvailable)
        {
            var status = NativeFiles.Status(path, followLinks, out var errno);
            problem = status is null ? NativeFiles.Describe(errno) : null;
            return status;
        }

        return PortableStatus(path, followLinks, out problem);
    }

    private static FileStatus? PortableStatus(string path, bool followLinks, out string? problem)
    {
        problem = null;
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists && info.LinkTarget is null)
            {
                problem = "no such file or folder";
                return null;
            }

            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    return new FileStatus(FileKind.SymbolicLink, PortableIdentity(info.FullName), 0, 0, 0, 0, 1);
                }

                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
                if (!info.Exists)
                {
                    problem = "no such file or folder";
                    return null;
                }
            }

            var folder = info is DirectoryInfo;
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode)0 : info.UnixFileMode;
            return new FileStatus(folder ? FileKind.Folder : FileKind.RegularFile, PortableIdentity(info.FullName), folder ? 0 : ((FileInfo)info).Length, mode, 0, 0, 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            return null;
        }
    }

    /// <summary>Where inodes cannot be read: a stable number from the full path (FNV-1a), on device 0.</summary>
    internal static FileIdentity PortableIdentity(string fullPath)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in fullPath)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new FileIdentity(0, hash);
    }
}
