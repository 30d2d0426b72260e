using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace DealRules.Input;

/// <summary>What <see cref="RegularFile.Read(string, long, FileReadOptions)"/> accepts besides a regular file.</summary>
[Flags]
public enum FileReadOptions
{
    /// <summary>Regular files only; a final symbolic link is followed.</summary>
    None = 0,

    /// <summary>Refuse a path whose last part is a symbolic link (<c>O_NOFOLLOW</c>).</summary>
    RefuseLinks = 1,

    /// <summary>Also read pipes and FIFOs (what <c>&lt;(command)</c> gives), up to the same limit.</summary>
    AllowPipes = 2,
}

/// <summary>Why a read gave no bytes.</summary>
public enum FileReadFailure
{
    /// <summary>Nothing at the path (or an empty path).</summary>
    NotFound,

    /// <summary>The file system refused access.</summary>
    Denied,

    /// <summary>The path is a folder, a device, a socket, or a pipe where pipes are not allowed.</summary>
    NotRegular,

    /// <summary>The path is a symbolic link where links are refused.</summary>
    Link,

    /// <summary>The file holds more than the limit; the rest was not read.</summary>
    TooLarge,

    /// <summary>Reading failed part way.</summary>
    Unreadable,
}

/// <summary>The bytes of a file read whole, or why they could not be read.</summary>
public sealed record FileRead
{
    /// <summary>The file's bytes, when it was read.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>The status of the file that was opened (its identity, kind, mode), when it was opened.</summary>
    public FileStatus? Status { get; init; }

    /// <summary>Why it was not read; null when it was.</summary>
    public FileReadFailure? Failure { get; init; }

    /// <summary>What went wrong, in words for a problem line ("is a character device, not a regular file").</summary>
    public string? Problem { get; init; }

    /// <summary>True when <see cref="Bytes"/> holds the whole file.</summary>
    public bool Succeeded => Failure is null;
}

/// <summary>
/// Reads user files safely: the path is opened without blocking (so a FIFO never hangs the caller),
/// the opened descriptor must be a regular file (a device such as <c>/dev/zero</c> is refused whatever
/// its reported size), at most a given number of bytes is read (more is a problem, never an
/// allocation), and symbolic links can be refused. On Linux this goes through <c>open(2)</c> and
/// <c>statx(2)</c> on the opened descriptor; elsewhere through portable .NET calls.
/// </summary>
public static class RegularFile
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Reads a whole file of at most <paramref name="maximumBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maximumBytes">The most bytes accepted; a longer file is <see cref="FileReadFailure.TooLarge"/>.</param>
    /// <param name="options">Whether links are refused and pipes allowed.</param>
    public static FileRead Read(string path, long maximumBytes, FileReadOptions options = FileReadOptions.None)
    {
        if (path.Length == 0)
        {
            return Failed(FileReadFailure.NotFound, "an empty path names no file", null);
        }

        if (!NativeFiles.IsAvailable)
        {
            return ReadPortably(path, maximumBytes, options);
        }

        using var handle = NativeFiles.OpenForReading(path, followLinks: !options.HasFlag(FileReadOptions.RefuseLinks), out var errno);
        if (handle.IsInvalid)
        {
            return errno switch
            {
                NativeFiles.ELoop when options.HasFlag(FileReadOptions.RefuseLinks) => Failed(FileReadFailure.Link, "is a symbolic link; links are refused here", null),
                2 or 20 => Failed(FileReadFailure.NotFound, NativeFiles.Describe(errno), null),
                1 or 13 => Failed(FileReadFailure.Denied, NativeFiles.Describe(errno), null),
                _ => Failed(FileReadFailure.Unreadable, $"cannot be opened: {NativeFiles.Describe(errno)}", null),
            };
        }

        var status = NativeFiles.Status(handle, out errno);
        if (status is null)
        {
            return Failed(FileReadFailure.Unreadable, $"cannot be read: {NativeFiles.Describe(errno)}", null);
        }

        var pipe = status.Kind == FileKind.Pipe && options.HasFlag(FileReadOptions.AllowPipes);
        if (status.Kind != FileKind.RegularFile && !pipe)
        {
            return Failed(FileReadFailure.NotRegular, $"is {status.KindDescription}, not a regular file", status);
        }

        if (status.Kind == FileKind.RegularFile && status.Size > maximumBytes)
        {
            return TooLarge(status.Size, maximumBytes, status);
        }

        if (pipe)
        {
            // Opened without blocking so that a FIFO with no writer cannot hang the open; its reads
            // may wait for a writer that is there (a FIFO with none reads as empty).
            NativeFiles.MakeBlocking(handle);
        }

        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return Read(stream, maximumBytes, status);
    }

    /// <summary>Reads a stream (standard input, say) to its end, at most <paramref name="maximumBytes"/> bytes.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="maximumBytes">The most bytes accepted.</param>
    public static FileRead Read(Stream stream, long maximumBytes) => Read(stream, maximumBytes, null);

    /// <summary>The limit in words: <c>16 MiB</c>, <c>1 MiB</c>, <c>512 bytes</c>.</summary>
    /// <param name="bytes">A number of bytes.</param>
    public static string Size(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB"
        : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? $"{bytes >> 10} KiB"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    private static FileRead Read(Stream stream, long maximumBytes, FileStatus? status)
    {
        try
        {
            if (status is { Kind: FileKind.RegularFile, Size: > 0 } file && file.Size < maximumBytes && ReadKnownSize(stream, (int)file.Size) is { } whole)
            {
                return new FileRead { Bytes = whole, Status = status };
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[ChunkSize];
            while (true)
            {
                var wanted = (int)Math.Min(chunk.Length, maximumBytes + 1 - buffer.Length);
                var read = stream.Read(chunk, 0, wanted);
                if (read == 0)
                {
                    return new FileRead { Bytes = buffer.ToArray(), Status = status };
                }

                buffer.Write(chunk, 0, read);
                if (buffer.Length > maximumBytes)
                {
                    return Failed(FileReadFailure.TooLarge,
                        $"holds more than {maximumBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected at most {Size(maximumBytes)}", status);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failed(FileReadFailure.Unreadable, $"cannot be read: {e.Message}", status);
        }
    }

    /// <summary>A regular file read into an array of its reported size; null when it turns out longer (it grew), so the caller reads it in chunks.</summary>
    private static byte[]? ReadKnownSize(Stream stream, int size)
    {
        var bytes = new byte[size];
        var filled = 0;
        while (filled < size)
        {
            var read = stream.Read(bytes, filled, size - filled);
            if (read == 0)
            {
                return bytes[..filled];
            }

            filled += read;
        }

        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0)
        {
            return bytes;
        }

        stream.Position = 0;
        return null;
    }

    private static FileRead ReadPortably(string path, long maximumBytes, FileReadOptions options)
    {
        var status = FileStatus.Of(path, followLinks: true, out var problem);
        if (status is null)
        {
            return Failed(problem == "permission denied" ? FileReadFailure.Denied : FileReadFailure.NotFound, problem!, null);
        }

        if (options.HasFlag(FileReadOptions.RefuseLinks) && new FileInfo(path).LinkTarget is not null)
        {
            return Failed(FileReadFailure.Link, "is a symbolic link; links are refused here", null);
        }

        if (status.Kind != FileKind.RegularFile)
        {
            return Failed(FileReadFailure.NotRegular, $"is {status.KindDescription}, not a regular file", status);
        }

        if (status.Size > maximumBytes)
        {
            return TooLarge(status.Size, maximumBytes, status);
        }

        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return Read(stream, maximumBytes, status);
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(FileReadFailure.Denied, "permission denied", status);
        }
        catch (IOException e)
        {
            return Failed(FileReadFailure.Unreadable, $"cannot be read: {e.Message}", status);
        }
    }

    private static FileRead TooLarge(long size, long maximumBytes, FileStatus status) =>
        Failed(FileReadFailure.TooLarge,
            $"is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes; expected at most {maximumBytes.ToString("N0", CultureInfo.InvariantCulture)} ({Size(maximumBytes)})", status);

    private static FileRead Failed(FileReadFailure failure, string problem, FileStatus? status) =>
        new() { Failure = failure, Problem = problem, Status = status };
}
