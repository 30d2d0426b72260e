using DealRules.Documents;
using DealRules.Input;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DealRules.Cli.Input;

/// <summary>The documents the PATH arguments name, what was passed over, and what is wrong with them.</summary>
internal sealed record GatheredInputs(IReadOnlyList<InputSource> Sources, IReadOnlyList<WalkNote> Skipped, IReadOnlyList<DocumentProblem> Problems);

/// <summary>
/// Turns PATH arguments into the documents to read: <c>-</c> is standard input; a folder gives every
/// <c>*.json</c> regular file below it (any case of the extension, hidden entries and
/// <c>--exclude</c> globs left out, links followed without loops); a named file is read whatever
/// its extension, as is a named pipe. A file reached by two paths is read once.
/// </summary>
internal static class InputGathering
{
    public static GatheredInputs Gather(IReadOnlyList<string> paths, IReadOnlyList<string> excludes)
    {
        var sources = new List<InputSource>();
        var skipped = new List<WalkNote>();
        var problems = new List<DocumentProblem>();
        var excluded = Excluder(excludes);
        var walk = new FolderWalk(name => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase), excluded);
        var standardInput = false;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (standardInput)
                {
                    problems.Add(new DocumentProblem("-", JsonPath(), "standard input is named twice; it can be read once"));
                }

                standardInput = true;
                sources.Add(new InputSource(InputSource.StandardInputName, InputOrigin.StandardInput, null));
                continue;
            }

            var status = FileStatus.Of(path, followLinks: true, out var problem);
            switch (status?.Kind)
            {
                case null:
                    problems.Add(new DocumentProblem(path, JsonPath(), problem!));
                    break;
                case FileKind.Folder:
                    var found = walk.Walk(path);
                    skipped.AddRange(found.Skipped);
                    problems.AddRange(found.Problems.Select(p => new DocumentProblem(p.Path, JsonPath(), p.Reason)));
                    if (found.Files.Count == 0 && found.Problems.Count == 0 && !found.Skipped.Any(note => note.Path == path))
                    {
                        problems.Add(new DocumentProblem(path, JsonPath(), excludes.Count == 0
                            ? "the folder holds no *.json deal documents"
                            : "the folder holds no *.json deal documents that --exclude leaves in"));
                    }

                    sources.AddRange(found.Files.Select(f => new InputSource(f.Path, InputOrigin.Found, f.Identity)));
                    break;
                case FileKind.RegularFile or FileKind.Pipe:
                    if (walk.Claim(status.Identity))
                    {
                        sources.Add(new InputSource(path, InputOrigin.Named, status.Identity));
                    }

                    break;
                default:
                    problems.Add(new DocumentProblem(path, JsonPath(), $"is {status.KindDescription}, not a deal document file"));
                    break;
            }
        }

        return new GatheredInputs(sources, skipped, problems);
    }

    /// <summary>Matches paths relative to a folder named on the command line against the <c>--exclude</c> globs (a folder matched is left out whole).</summary>
    private static Func<string, bool> Excluder(IReadOnlyList<string> excludes)
    {
        if (excludes.Count == 0)
        {
            return _ => false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude("**/*");
        matcher.AddExcludePatterns(excludes);
        // A folder is left out when a file directly in it would be: "archive", "archive/**" and "**/drafts" all leave the folder out.
        return relative => !matcher.Match(relative).HasMatches
            || !matcher.Match(relative + "/-").HasMatches;
    }

    private static string JsonPath() => "$";
}
