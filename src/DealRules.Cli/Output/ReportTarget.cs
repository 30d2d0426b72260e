using DealRules.Input;

namespace DealRules.Cli.Output;

/// <summary>
/// Where <c>--output</c> writes, decided before anything is evaluated, as the shell's <c>&gt;</c>
/// would: a target that is one of the inputs (by device and inode, however it is spelled) is
/// refused; a file the shell could not write is refused; a symbolic link is written through; a
/// device, FIFO or <c>/dev/stdout</c> is written in place. A regular file is written whole beside
/// the target and renamed over it, keeping its mode, so a reader never sees half a report and a
/// failure leaves the old file as it was; a file with other hard links, or owned by someone else,
/// is written in place from that finished copy, so its links, owner and mode stay.
/// </summary>
internal sealed class ReportTarget
{
    private ReportTarget(string path, string finalPath, FileStatus? existing)
    {
        Path = path;
        FinalPath = finalPath;
        Existing = existing;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>Where the bytes go: the path with every symbolic link resolved.</summary>
    private string FinalPath { get; }

    private FileStatus? Existing { get; }

    private bool InPlace => Existing is { Kind: not FileKind.RegularFile }
        || (Existing is not null && (FullPath.StartsWith("/proc/", StringComparison.Ordinal) || FullPath.StartsWith("/dev/", StringComparison.Ordinal)));

    private string FullPath => System.IO.Path.GetFullPath(Path);

    /// <summary>Checks the target; null with the reason when the report may not be written there.</summary>
    /// <param name="path">The <c>--output</c> value.</param>
    /// <param name="inputs">The files read, by identity, with the name they were given by.</param>
    /// <param name="problem">Why not.</param>
    public static ReportTarget? Prepare(string path, IReadOnlyDictionary<FileIdentity, string> inputs, out string? problem)
    {
        problem = null;
        var existing = FileStatus.Of(path, followLinks: true, out var statusProblem);
        if (existing is null)
        {
            if (FileStatus.Of(path, followLinks: false, out _) is { Kind: FileKind.SymbolicLink })
            {
                problem = "is a symbolic link to nothing; write the report to a real path";
                return null;
            }

            if (statusProblem != "no such file or folder")
            {
                problem = $"cannot be written: {statusProblem}";
                return null;
            }

            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder is null || !Directory.Exists(folder))
            {
                problem = "the folder to write the report into does not exist";
                return null;
            }

            return new ReportTarget(path, System.IO.Path.GetFullPath(path), null);
        }

        if (inputs.TryGetValue(existing.Identity, out var input))
        {
            problem = $"is one of the inputs ({DealRules.Input.Echo.Printable(input)}); writing the report there would destroy it. Name another file";
            return null;
        }

        if (existing.Kind == FileKind.Folder)
        {
            problem = "is a folder; expected a file to write the report into";
            return null;
        }

        var finalPath = FinalTarget(path);
        if (!CanOpenForWriting(path, existing, out var refusal))
        {
            problem = refusal;
            return null;
        }

        return new ReportTarget(path, finalPath, existing);
    }

    /// <summary>Writes the report; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> says it could not be written.</summary>
    /// <param name="write">Writes the whole report to a stream.</param>
    /// <param name="console">For the interruption token and the tracking of temporary files.</param>
    public void Write(Action<Stream> write, CliConsole console)
    {
        if (InPlace)
        {
            // The path as given: /dev/stdout and /proc/self/fd/N are links only the kernel can follow.
            using var device = OpenInPlace(Path, truncate: Existing is { Kind: FileKind.RegularFile });
            write(device);
            device.Flush();
            return;
        }

        var temporary = FinalPath + ".tmp-" + Environment.ProcessId;
        FileStream file;
        try
        {
            file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (UnauthorizedAccessException) when (Existing is not null)
        {
            // The folder takes no new file, but the file itself may be written (as the shell's > would): in place.
            using var target = OpenInPlace(FinalPath, truncate: true);
            write(target);
            target.Flush();
            return;
        }

        console.TrackTemporary(temporary, true);
        try
        {
            using (file)
            {
                write(file);
                file.Flush(flushToDisk: false);
            }

            console.Interrupted.ThrowIfCancellationRequested();
            if (Existing is { } existing && (existing.Links > 1 || (NativeOutput.IsAvailable && existing.User != NativeOutput.EffectiveUser)))
            {
                // Renaming would break the other links or make the file ours: copy the finished report into it instead.
                using var source = File.OpenRead(temporary);
                using var target = OpenInPlace(FinalPath, truncate: true);
                source.CopyTo(target);
                target.Flush();
            }
            else
            {
                if (Existing is { } kept && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, kept.Mode);
                }

                File.Move(temporary, FinalPath, overwrite: true);
            }
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            finally
            {
                console.TrackTemporary(temporary, false);
            }
        }
    }

    private static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? System.IO.Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return System.IO.Path.GetFullPath(path);
        }
    }

    /// <summary>What the shell's &gt; would do: open the existing file for writing (root may write a read-only file; others may not).</summary>
    private static bool CanOpenForWriting(string path, FileStatus existing, out string? refusal)
    {
        refusal = null;
        if (NativeOutput.IsAvailable)
        {
            using var handle = NativeOutput.OpenExisting(path, out var errno);
            if (handle.IsInvalid)
            {
                refusal = $"cannot be written: {NativeOutput.Describe(errno)}" +
                          (errno is 1 or 13 ? " (the shell's > would refuse it too)" : "");
                return false;
            }

            return true;
        }

        if (existing.Kind != FileKind.RegularFile)
        {
            return true;
        }

        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            refusal = "cannot be written: permission denied";
            return false;
        }
    }

    private static FileStream OpenInPlace(string path, bool truncate)
    {
        if (NativeOutput.IsAvailable)
        {
            var handle = NativeOutput.OpenExisting(path, out var errno);
            if (handle.IsInvalid)
            {
                handle.Dispose();
                throw new IOException(NativeOutput.Describe(errno));
            }

            var stream = new FileStream(handle, FileAccess.Write, bufferSize: 1 << 16);
            if (truncate)
            {
                stream.SetLength(0);
            }

            return stream;
        }

        return new FileStream(path, truncate ? FileMode.Truncate : FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
    }
}
