using System.Runtime.InteropServices;

namespace DealRules.Compilation;

internal static partial class PackFolder
{
    /// <summary>
    /// The walk of a pack folder. On Linux it holds every folder it walks open, and reaches files and
    /// subfolders through the open folder (<c>/proc/self/fd/N/name</c>, <c>openat</c> with
    /// <c>O_NOFOLLOW</c>), never by path again: a folder swapped for a link while the walk runs is
    /// refused, not followed out of the pack. A link met in the folder is a problem, so no walk loops.
    /// </summary>
    internal sealed partial class FolderWalk(string root) : IDisposable
    {
        private readonly List<int> open = [];

        public IEnumerable<(string ReadPath, string Relative, bool IsProfile)> Files(List<CompilationMessage> problems)
        {
            var found = new List<(string, string, bool)>();
            var rootPath = Held(root, AtFdCwd, followLinks: true) ?? root;
            var pending = new Stack<(string Path, string Relative)>([(rootPath, "")]);
            while (pending.TryPop(out var current))
            {
                FileSystemInfo[] entries;
                try
                {
                    entries = new DirectoryInfo(current.Path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(Problem(current.Relative.Length == 0 ? "." : current.Relative, "the folder cannot be read"));
                    continue;
                }

                foreach (var entry in entries)
                {
                    var relative = current.Relative.Length == 0 ? entry.Name : Path.Combine(current.Relative, entry.Name);
                    var top = current.Relative.Length == 0;
                    var wanted = entry.Name.EndsWith(".cs", StringComparison.Ordinal) || top && entry.Name == RulePackLoader.ProfileFileName;
                    if (entry.LinkTarget is not null)
                    {
                        if (wanted || Directory.Exists(entry.FullName))
                        {
                            problems.Add(Problem(relative, "is a link; a pack folder holds regular files only"));
                        }
                    }
                    else if (entry is DirectoryInfo)
                    {
                        if (entry.Name is "bin" or "obj" || entry.Name.StartsWith('.'))
                        {
                            continue;
                        }

                        if (Held(entry.Name, current.Path, followLinks: false) is { } held)
                        {
                            pending.Push((held, relative));
                        }
                        else
                        {
                            problems.Add(Problem(relative, "changed while the pack was read (a folder became a link or a file)"));
                        }
                    }
                    else if (wanted)
                    {
                        found.Add((entry.FullName, relative, top && entry.Name == RulePackLoader.ProfileFileName));
                    }
                }
            }

            return found;
        }

        public void Dispose()
        {
            foreach (var descriptor in open)
            {
                _ = close(descriptor);
            }
        }

        /// <summary>Opens a folder (relative to an open folder's path) and returns the path that reaches it through the open descriptor; null when it is not a folder any more.</summary>
        private string? Held(string name, string parentPath, bool followLinks) =>
            OperatingSystem.IsLinux() ? Held(name, OpenFolder(parentPath), followLinks) : Path.Combine(parentPath, name);

        private string? Held(string name, int parent, bool followLinks)
        {
            if (!OperatingSystem.IsLinux())
            {
                return name;
            }

            var descriptor = openat(parent, name, ORdOnly | ODirectory | OCloExec | (followLinks ? 0 : ONoFollow));
            if (parent >= 0)
            {
                _ = close(parent);
            }

            if (descriptor < 0)
            {
                return null;
            }

            open.Add(descriptor);
            return $"/proc/self/fd/{descriptor}";
        }

        /// <summary>A descriptor for the folder a held path names (the parent of what is opened next), or the current folder's marker.</summary>
        private static int OpenFolder(string path) =>
            path.StartsWith("/proc/self/fd/", StringComparison.Ordinal) ? openat(AtFdCwd, path, ORdOnly | ODirectory | OCloExec) : AtFdCwd;

        private const int AtFdCwd = -100;
        private const int ORdOnly = 0;
        private const int OCloExec = 0x80000;

        // O_NOFOLLOW and O_DIRECTORY differ between architectures (asm-generic vs x86).
        private static int ONoFollow => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;

        private static int ODirectory => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000;

        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        private static partial int openat(int folder, string path, int flags);

        [LibraryImport("libc", SetLastError = true)]
        private static partial int close(int descriptor);
    }
}
