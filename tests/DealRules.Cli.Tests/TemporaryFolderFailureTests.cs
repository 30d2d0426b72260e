using DealRules.Documents;

namespace DealRules.Cli.Tests;

/// <summary>Changes TMPDIR for the whole process, so it runs alone.</summary>
[CollectionDefinition(nameof(TemporaryFolderFailureTests), DisableParallelization = true)]
[Collection(nameof(TemporaryFolderFailureTests))]
public sealed class TemporaryFolderFailureTests
{
    [Fact]
    public void A_temporary_folder_that_cannot_hold_findings_is_reported_with_its_path_and_exit_2()
    {
        // More documents than one batch: the findings of the second batch go to the temporary folder.
        using var folder = new TemporaryFolder();
        foreach (var deal in new SyntheticDeals(5).Independent(2_100))
        {
            File.WriteAllText(Path.Combine(folder.Path, $"{deal.Id}.json"), DealDocumentWriter.Write(deal));
        }

        var missing = Path.Combine(Path.GetTempPath(), $"dealrules-missing-{Guid.NewGuid():N}") + Path.DirectorySeparatorChar;
        var before = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", missing);
        try
        {
            var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Out);
            Assert.StartsWith($"{missing}: $: the findings cannot be held in this temporary folder (set TMPDIR to another): ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", before);
        }
    }

    [Fact]
    public void A_portfolio_of_one_batch_needs_no_temporary_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"dealrules-missing-{Guid.NewGuid():N}") + Path.DirectorySeparatorChar;
        var before = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", missing);
        try
        {
            var run = CommandRun.Of("evaluate", "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"findings\"", run.Out, StringComparison.Ordinal);
            Assert.False(Directory.Exists(missing));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", before);
        }
    }
}
