using Snapshooter.Xunit3;

namespace DealRules.Cli.Tests.Hostile;

/// <summary>
/// Every hostile document of the corpus (Hostile/corpus, one flaw each, 86 files) and a few made at
/// run time (a 17 MiB file, 10,000-deep nesting): exit 2, nothing on standard output, no stack trace,
/// and exactly the problems pinned in the snapshot.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HostileCorpusTests
{
    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "hostile");

    public static TheoryData<string> Files => new(Directory.GetFiles(Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Hostile_document_is_rejected_with_exit_2_and_no_report(string file)
    {
        var run = Evaluate(Path.Combine("hostile", file));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.All(ProblemLines(run), line => Assert.StartsWith($"hostile/{file}: $", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Problem_lists_of_the_whole_corpus_are_exactly_the_reviewed_ones()
    {
        var problems = Directory.GetFiles(Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ToDictionary(file => file!, file => ProblemLines(Evaluate(Path.Combine("hostile", file!))));

        Snapshot.Match(problems);
    }

    [Fact]
    public void File_over_16_MiB_is_rejected_before_it_is_parsed()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "huge.json");
        File.WriteAllText(path, "{\"padding\": \"" + new string('x', 17 * 1024 * 1024) + "\"}");

        var run = CommandRun.Of("evaluate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{path}: $: is 17,825,807 bytes; expected at most 16,777,216 (16 MiB)"], ProblemLines(run));
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_rejected()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("deep.json", "{\"a\":" + string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)) + "}");

        var run = CommandRun.Of("evaluate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nested deeper than 64 levels", Assert.Single(ProblemLines(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_hostile_file_in_a_folder_of_good_ones_stops_the_whole_evaluation()
    {
        using var folder = new TemporaryFolder();
        foreach (var sample in Directory.GetFiles(CommandRun.Samples, "*.json"))
        {
            folder.Copy(sample, Path.GetFileName(sample));
        }

        File.Copy(Path.Combine(Corpus, "self-investment.json"), Path.Combine(folder.Path, "zz-bad.json"));

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Single(ProblemLines(run));
    }

    /// <summary>
    /// Evaluates a corpus file by its absolute path, then names it in the problems as the snapshot does
    /// (hostile/FILE), without changing the process's working directory while other tests run.
    /// </summary>
    private static CommandRun Evaluate(string path)
    {
        var run = CommandRun.Of("evaluate", Path.Combine(AppContext.BaseDirectory, path), "--format", "json");
        return run with { Error = run.Error.Replace(AppContext.BaseDirectory.TrimEnd('/') + "/", string.Empty, StringComparison.Ordinal) };
    }

    private static string[] ProblemLines(CommandRun run) =>
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("dealrules:", StringComparison.Ordinal)).ToArray();
}
