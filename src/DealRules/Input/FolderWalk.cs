using System.IO.Enumeration;

namespace DealRules.Input;

/// <summary>A file found below a folder: its path (the folder as given, joined with the names below it) and its identity.</summary>
/// <param name="Path">The path.</param>
/// <param name="Identity">Which file it is; the walk gives each file once, however many paths lead to it.</param>
public sealed record FoundFile(string Path, FileIdentity Identity);

/// <summary>Something the walk passed over or could not read, with the reason in words.</summary>
/// <param name="Path">The path.</param>
/// <param name="Reason">Why: "is a pipe, not a regular file", "links back to a folder already walked", "permission denied".</param>
public sealed record WalkNote(string Path, string Reason);

/// <summary>What a walk found.</summary>
/// <param name="Files">The files wanted, in ordinal order of their paths.</param>
/// <param name="Skipped">Entries that looked wanted but are not regular files, and links back into folders already walked.</param>
/// <param name="Problems">Folders and entries that could not be read.</param>
public sealed record FolderWalkResult(IReadOnlyList<FoundFile> Files, IReadOnlyList<WalkNote> Skipped, IReadOnlyList<WalkNote> Problems);

/// <summary>
/// Walks folders for files without ever looping: symbolic links are followed, but each folder is
/// entered once (by device and inode, so <c>latest -&gt; .</c> or two links to each other end the
/// walk instead of repeating it) and each file is given once. Hidden entries (names starting with a
/// dot, such as <c>.git</c>) are not walked; only regular files are given, others are noted.
/// </summary>
public sealed class FolderWalk
{
    // Sets of boxed identities, and folders as a class, not sets of FileIdentity or stacks of value tuples: the
    // framework's collections of a struct are generic code that no ReadyToRun image holds, compiled on first
    // use at every start; of objects they share the framework's precompiled code.
    private readonly HashSet<object> folders = [];
    private readonly HashSet<object> files = [];

    /// <summary>Creates a walk; walking several roots with one instance gives each folder and file once across all of them.</summary>
    /// <param name="wanted">Whether a file name is wanted (say, ends with <c>.json</c>).</param>
    /// <param name="excluded">Whether a path relative to the root, with <c>/</c> separators, is left out (for a folder, its whole content).</param>
    public FolderWalk(Func<string, bool> wanted, Func<string, bool>? excluded = null)
    {
        Wanted = wanted;
        Excluded = excluded ?? (_ => false);
    }

    private Func<string, bool> Wanted { get; }

    private Func<string, bool> Excluded { get; }

    /// <summary>Records a file named outside the walk, so that the walk does not give it again; false when it was already given.</summary>
    /// <param name="identity">The file's identity.</param>
    public bool Claim(FileIdentity identity) => files.Add(identity);

    /// <summary>Walks one folder.</summary>
    /// <param name="root">The folder, as the caller names it; found paths start with it.</param>
    public FolderWalkResult Walk(string root)
    {
        var found = new List<FoundFile>();
        var skipped = new List<WalkNote>();
        var problems = new List<WalkNote>();
        if (FileStatus.Of(root, followLinks: true, out var problem) is not { Kind: FileKind.Folder } status)
        {
            problems.Add(new WalkNote(root, problem ?? "is not a folder"));
            return new FolderWalkResult(found, skipped, problems);
        }

        if (!folders.Add(status.Identity))
        {
            skipped.Add(new WalkNote(root, "is a folder already walked"));
            return new FolderWalkResult(found, skipped, problems);
        }

        var pending = new Stack<Folder>();
        pending.Push(new Folder(root, ""));
        while (pending.TryPop(out var folder))
        {
            string[] names;
            try
            {
                names = Names(folder.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new WalkNote(folder.Path, e is UnauthorizedAccessException ? "cannot be read: permission denied" : $"cannot be read: {e.Message}"));
                continue;
            }

            var entries = Entries(folder, names);
            if (Unsearchable(folder.Path, names, entries))
            {
                problems.Add(new WalkNote(folder.Path, "cannot be read: permission denied"));
                continue;
            }

            var subfolders = new List<Folder>();
            foreach (var (name, path, relative, entry, entryProblem) in entries)
            {
                problem = entryProblem;
                if (entry is null)
                {
                    if (Wanted(name))
                    {
                        skipped.Add(new WalkNote(path, problem == "no such file or folder" ? "is a link to nothing" : problem!));
                    }

                    continue;
                }

                if (entry.Kind == FileKind.Folder)
                {
                    if (folders.Add(entry.Identity))
                    {
                        subfolders.Add(new Folder(path, relative));
                    }
                    else
                    {
                        skipped.Add(new WalkNote(path, "links to a folder already walked"));
                    }
                }
                else if (Wanted(name))
                {
                    if (entry.Kind != FileKind.RegularFile)
                    {
                        skipped.Add(new WalkNote(path, $"is {entry.KindDescription}, not a regular file"));
                    }
                    else if (files.Add(entry.Identity))
                    {
                        found.Add(new FoundFile(path, entry.Identity));
                    }
                }
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderWalkResult(found, skipped, problems);
    }

    /// <summary>
    /// The names in a folder, in ordinal order, read from the folder itself: no status is asked of each
    /// entry here (a <see cref="FileSystemInfo"/> would ask for one, a system call a file before the one
    /// <see cref="Entries"/> makes).
    /// </summary>
    private static string[] Names(string folder)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };
        var names = new FileSystemEnumerable<string>(folder, static (ref entry) => entry.FileName.ToString(), options).ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// The entries of a folder the walk looks at (not hidden, not excluded), in the order of
    /// <paramref name="names"/>, each with its status (links followed) or the reason it has none. A
    /// large folder's statuses are asked for on every core: one system call a file, which for 10,000
    /// files was most of what the command did on one core before reading began. They are only read
    /// here; what the walk makes of them is decided in order, on the calling thread.
    /// </summary>
    private Entry[] Entries(Folder folder, string[] names)
    {
        var entries = new List<Entry>(names.Length);
        foreach (var name in names)
        {
            if (name.StartsWith('.'))
            {
                continue;
            }

            var relative = folder.Relative.Length == 0 ? name : $"{folder.Relative}/{name}";
            if (!Excluded(relative))
            {
                entries.Add(new Entry(name, Path.Combine(folder.Path, name), relative));
            }
        }

        var found = entries.ToArray();
        if (found.Length >= ParallelStatusCount && Environment.ProcessorCount > 1)
        {
            Parallel.For(0, found.Length, i => found[i] = found[i].WithStatus());
        }
        else
        {
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = found[i].WithStatus();
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the folder can be listed but not searched (read permission without execute): its names
    /// are read, but no entry's status can be had, not even the link's own. Such a folder is reported
    /// as unreadable, as when listing it fails, and not entry by entry: its subfolders would otherwise
    /// be passed over without a word and its files only noted as skipped, losing them from a run that
    /// succeeds. Asked only when an entry's status was refused, or when every name was hidden or
    /// excluded (listing such a folder failed too before statuses were asked apart from the listing),
    /// so a readable folder with entries to look at costs nothing more.
    /// </summary>
    private static bool Unsearchable(string folder, string[] names, Entry[] entries)
    {
        var asked = entries.Length == 0 && names.Length > 0
            ? Path.Combine(folder, names[0])
            : Array.Find(entries, e => e.Problem == PermissionDenied)?.Path;
        return asked is not null
            && FileStatus.Of(asked, followLinks: false, out var problem) is null
            && problem == PermissionDenied;
    }

    private const string PermissionDenied = "permission denied";

    /// <summary>From this many entries in one folder, their statuses are asked for on every core.</summary>
    private const int ParallelStatusCount = 256;

    /// <summary>A folder to walk, and its path relative to the root.</summary>
    private sealed record Folder(string Path, string Relative);

    /// <summary>An entry of a folder: its name, path, path relative to the root, and status or the reason it has none.</summary>
    private sealed record Entry(string Name, string Path, string Relative, FileStatus? Status = null, string? Problem = null)
    {
        public Entry WithStatus() => this with { Status = FileStatus.Of(Path, followLinks: true, out var problem), Problem = problem };
    }
}
