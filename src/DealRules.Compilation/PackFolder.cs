using System.Text;
using DealRules.Input;

namespace DealRules.Compilation;

/// <summary>
/// Reads a pack folder as the loader trusts it: every <c>*.cs</c> below it (build output in
/// <c>bin</c> and <c>obj</c>, and hidden folders, left out) and <c>profile.json</c>, regular files only.
/// A link, a FIFO, a device or a socket is refused, never opened for reading (a FIFO would block, a
/// device could be endless, a link could point at a secret); sizes are capped before anything is read.
/// </summary>
internal static partial class PackFolder
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
        using var walk = new FolderWalk(folder);
        foreach (var (readPath, relative, isProfile) in walk.Files(problems))
        {
            if (sources.Count >= limits.MaxSourceFiles)
            {
                problems.Add(Problem(relative, $"the pack holds more than {limits.MaxSourceFiles} source files"));
                break;
            }

            var (text, problem) = ReadRegularFile(readPath, budget);
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

    internal static CompilationMessage Problem(string file, string what) => new(CompilationMessage.OneLine(file), 1, 1, ProblemId, what);

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
