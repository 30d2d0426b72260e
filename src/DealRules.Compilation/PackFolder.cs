using System.Text;
using DealRules.Input;

namespace DealRules.Compilation;

/// <summary>
/// Reads a pack folder as the loader trusts it: every <c>*.cs</c> below it (build output in
/// <c>bin</c> and <c>obj</c>, and hidden folders, left out) and <c>profile.json</c>, regular files only.
/// A link, a FIFO, a device or a socket is refused, never opened for reading (a FIFO would block, a
/// device could be endless, a link could point at a secret); sizes are capped before anything is read.
/// </summary>
internal static class PackFolder
{
    /// <summary>The id of a problem with the folder itself.</summary>
    public const string ProblemId = "DR0002";

    public static (IReadOnlyList<(string Path, string Text)> Sources, string? Profile, IReadOnlyList<CompilationMessage> Problems) Read(
        string folder, SandboxLimits limits)
    {
        var sources = new List<(string Path, string Text)>();
        var problems = new List<CompilationMessage>();
        var budget = limits.MaxSourceBytes;
        string? profile = null;
        foreach (var (path, isProfile) in Files(folder, problems))
        {
            var relative = Path.GetRelativePath(folder, path);
            if (sources.Count >= limits.MaxSourceFiles)
            {
                problems.Add(Problem(relative, $"the pack holds more than {limits.MaxSourceFiles} source files"));
                break;
            }

            var (text, problem) = ReadRegularFile(path, budget);
            if (problem is not null)
            {
                problems.Add(Problem(relative, problem));
                continue;
            }

            budget -= Encoding.UTF8.GetByteCount(text!);
            if (isProfile)
            {
                profile = text;
            }
            else
            {
                sources.Add((relative, text!));
            }
        }

        return (sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(), profile, problems);
    }

    private static CompilationMessage Problem(string file, string what) => new(CompilationMessage.OneLine(file), 1, 1, ProblemId, what);

    /// <summary>The pack's files, walking folders without following links (a linked folder is a problem, so no walk can loop).</summary>
    private static IEnumerable<(string Path, bool IsProfile)> Files(string folder, List<CompilationMessage> problems)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem(Path.GetRelativePath(folder, current), "the folder cannot be read"));
                continue;
            }

            foreach (var entry in entries)
            {
                var top = current == folder;
                var wanted = entry.Name.EndsWith(".cs", StringComparison.Ordinal) || top && entry.Name == RulePackLoader.ProfileFileName;
                if (entry.LinkTarget is not null)
                {
                    if (wanted || entry is DirectoryInfo)
                    {
                        problems.Add(Problem(Path.GetRelativePath(folder, entry.FullName), "is a link; a pack folder holds regular files only"));
                    }
                }
                else if (entry is DirectoryInfo)
                {
                    if (entry.Name is not ("bin" or "obj") && !entry.Name.StartsWith('.'))
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (wanted)
                {
                    yield return (entry.FullName, top && entry.Name == RulePackLoader.ProfileFileName);
                }
            }
        }
    }

    /// <summary>A regular file's text, read only when it is one and fits <paramref name="budget"/>; else why not.</summary>
    private static (string? Text, string? Problem) ReadRegularFile(string path, long budget)
    {
        var read = RegularFile.Read(path, budget, FileReadOptions.RefuseLinks);
        if (!read.Succeeded)
        {
            return (null, read.Failure switch
            {
                FileReadFailure.Link => "is a link; a pack folder holds regular files only",
                FileReadFailure.NotRegular => "is not a regular file (a FIFO, a device or a socket); a pack folder holds regular files only",
                FileReadFailure.TooLarge => "makes the pack larger than its limit on source",
                _ => "cannot be read",
            });
        }

        if (read.Status is { Links: > 1 })
        {
            // A hard link is another name of a file that may live anywhere the link's maker could read.
            return (null, "is a hard link (the file has other names); a pack folder holds regular files only");
        }

        using var reader = new StreamReader(new MemoryStream(read.Bytes!), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (reader.ReadToEnd(), null);
    }
}
