using System.Security.Cryptography;
using System.Text;
using DealRules.Authoring;
using DealRules.Compilation.Isolation;
using DealRules.Input;
using DealRules.Engine;

namespace DealRules.Compilation;

/// <summary>
/// Compiled packs on disk, one file per source hash (<c>&lt;hash&gt;.pack</c>): the image, the pack's
/// catalog and the compiler's warnings, so that loading an unchanged pack skips Roslyn and starts no
/// worker until the first evaluation. Entries carry their key and a checksum; one that is damaged, or
/// filed under another key, is a miss and is written again. Files are written aside and renamed into
/// place, readable by their owner only; a folder or entry that others could have written (not owned
/// by this user, or writable by group or others) is not read.
/// </summary>
internal sealed class PackCache
{
    private static readonly byte[] Magic = "DRPK\u0001"u8.ToArray();

    /// <summary>An entry larger than this is not kept (nor read).</summary>
    private const int MaxEntryBytes = 32 << 20;

    /// <summary>The cache keeps at most this many entries, and this many bytes in all; the least recently used go first.</summary>
    private const int MaxEntries = 64;

    private const long MaxTotalBytes = 256L << 20;

    private readonly string folder;

    public PackCache(string folder) => this.folder = folder;

    /// <summary>The folder the command and hosts use unless told otherwise: <c>$DEALRULES_CACHE</c>, else the user's cache folder.</summary>
    public static string DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable("DEALRULES_CACHE") is { Length: > 0 } configured)
        {
            return configured;
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "dealrules", "packs");
    }

    public (byte[] Image, RulePack Pack, CompilationMessage[] Warnings)? Get(string hash, string name)
    {
        try
        {
            var path = Entry(hash);
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxEntryBytes || !OwnedAndPrivate(folder) || !OwnedAndPrivate(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            if (bytes.Length < Magic.Length + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
                || !SHA256.HashData(bytes.AsSpan(Magic.Length + 32)).AsSpan().SequenceEqual(bytes.AsSpan(Magic.Length, 32)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + 32, bytes.Length - Magic.Length - 32, writable: false), Encoding.UTF8);
            if (reader.ReadBoundedString() != hash)
            {
                return null;
            }

            var warnings = reader.ReadMessages();
            var image = reader.ReadBytes();
            return (image, reader.ReadPack(name), warnings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or RulePackException)
        {
            return null;
        }
    }

    /// <summary>Stores an entry; a cache that cannot be written is no error (the next run compiles again).</summary>
    public void Put(string hash, byte[] image, RulePack pack, IReadOnlyList<CompilationMessage> warnings)
    {
        string? temporary = null;
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            using var payload = new MemoryStream();
            using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(hash);
                writer.WriteMessages(warnings);
                writer.WriteBytes(image);
                writer.WritePack(pack);
            }

            if (!OwnedAndPrivate(folder))
            {
                return;
            }

            var body = payload.ToArray();
            if (body.Length + Magic.Length + 32 > MaxEntryBytes)
            {
                return;
            }

            temporary = Path.Combine(folder, $".{hash}.{Environment.ProcessId}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(temporary, options))
            {
                file.Write(Magic);
                file.Write(SHA256.HashData(body));
                file.Write(body);
            }

            File.Move(temporary, Entry(hash), overwrite: true);
            temporary = null;
            Evict();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache is an optimisation.
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more to do.
                }
            }
        }
    }

    private string Entry(string hash) => Path.Combine(folder, hash + ".pack");

    /// <summary>Deletes the least recently used entries beyond <see cref="MaxEntries"/> or <see cref="MaxTotalBytes"/>.</summary>
    private void Evict()
    {
        var entries = new DirectoryInfo(folder).EnumerateFiles("*.pack").OrderByDescending(f => f.LastWriteTimeUtc).ToArray();
        var total = 0L;
        for (var i = 0; i < entries.Length; i++)
        {
            total += entries[i].Length;
            if (i >= MaxEntries || total > MaxTotalBytes)
            {
                entries[i].Delete();
            }
        }
    }

    /// <summary>True when no other user could have written the path: owned by this user, writable by no group or others, not a link.</summary>
    private static bool OwnedAndPrivate(string path) =>
        !OperatingSystem.IsLinux()
        || FileStatus.Of(path, followLinks: false, out _) is { } status
            && status.User == CurrentUser.Id
            && (status.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0
            && status.Kind is FileKind.RegularFile or FileKind.Folder;
}
