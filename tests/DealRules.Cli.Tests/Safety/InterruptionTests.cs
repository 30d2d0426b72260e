using System.Diagnostics;
using System.Runtime.Versioning;
using DealRules.Cli.Output;
using DealRules.Documents;

namespace DealRules.Cli.Tests.Safety;

/// <summary>Issue 14, item 4: an interrupted run, or one whose temporary folder fills up, leaves nothing behind.</summary>
[SupportedOSPlatform("linux")]
[Trait("Category", "Slow")]
public sealed class InterruptionTests
{
    [Fact]
    public void Interrupted_while_writing_the_report_leaves_neither_the_report_nor_its_temporary_files()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "report.json");
        using var interruption = new CancellationTokenSource();
        var made = new List<string>();
        var run = CommandRun.Run(console => console with
        {
            Interrupted = interruption.Token,
            TrackTemporary = (path, exists) =>
            {
                if (exists)
                {
                    made.Add(path);
                    if (path.Contains(".tmp-", StringComparison.Ordinal))
                    {
                        interruption.Cancel(); // Ctrl-C as the report is being written beside its target
                    }
                }
            },
        }, CommandRun.Catalog, "evaluate", CommandRun.Samples, "--output", output);

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("dealrules: interrupted; nothing was written.\n", run.Error);
        Assert.Equal(2, made.Count); // the findings spool, then the report beside its target
        Assert.All(made, path => Assert.False(File.Exists(path), path));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Interrupted_during_progress_gives_the_cursor_back()
    {
        using var folder = new TemporaryFolder();
        var generator = new SyntheticDeals(7);
        foreach (var deal in generator.Independent(60))
        {
            folder.File($"{deal.Id}.json", DealDocumentWriter.Write(deal));
        }

        using var interruption = new CancellationTokenSource();
        using var error = new CancelOnWrite(interruption, "Checking");
        using var output = new StringWriter();
        var console = new CliConsole(output, error, IsTerminal: false) { ErrorIsTerminal = true, Interrupted = interruption.Token };

        var exitCode = DealRulesCommandLine.Run(["evaluate", folder.Path, "--format", "json"], console, CommandRun.Catalog);

        Assert.Equal(130, exitCode);
        Assert.Contains("\u001b[?25l", error.ToString(), StringComparison.Ordinal); // the display hid the cursor…
        Assert.EndsWith(ProgressDisplay.ShowCursor + "dealrules: interrupted; nothing was written.\n", error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData(15, 143)]
    [InlineData(2, 130)]
    public async Task Signal_stops_a_long_run_and_removes_its_spool_and_partial_report(int signal, int expectedExitCode)
    {
        using var folder = new TemporaryFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(folder.Path, "deals")).FullName;
        var temporary = Directory.CreateDirectory(Path.Combine(folder.Path, "tmp")).FullName;
        var generator = new SyntheticDeals(11);
        foreach (var deal in generator.Independent(8_000))
        {
            File.WriteAllText(Path.Combine(inputs, $"{deal.Id}.json"), DealDocumentWriter.Write(deal));
        }

        var start = CliProcess.StartInfo(["evaluate", inputs, "--output", Path.Combine(folder.Path, "report.json")], new Dictionary<string, string> { ["TMPDIR"] = temporary, ["DOTNET_EnableDiagnostics"] = "0" });
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // Wait until the run holds findings on disk (the second of four batches is evaluated: the first stays in memory), then interrupt it.
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && Directory.GetFiles(temporary, "dealrules-findings-*").Length == 0 && watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(5);
        }

        Assert.False(process.HasExited, "the run ended before it could be interrupted");
        Unix.Signal(process.Id, signal);
        process.WaitForExit();

        Assert.Equal(expectedExitCode, process.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(temporary));
        Assert.Equal(["deals", "tmp"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("   at ", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_temporary_folder_that_fills_up_is_reported_and_cleaned_up_without_a_crash()
    {
        Assert.SkipUnless(Unix.IsRoot, "mounting a small file system for TMPDIR needs root");
        using var folder = new TemporaryFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(folder.Path, "deals")).FullName;
        var small = Directory.CreateDirectory(Path.Combine(folder.Path, "small")).FullName;
        var generator = new SyntheticDeals(5);
        foreach (var deal in generator.Independent(2_100))
        {
            File.WriteAllText(Path.Combine(inputs, $"{deal.Id}.json"), DealDocumentWriter.Write(deal));
        }

        Assert.SkipUnless(Unix.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small) == 0, "tmpfs cannot be mounted here");
        try
        {
            var start = CliProcess.StartInfo(["evaluate", inputs, "--format", "json"], new Dictionary<string, string> { ["TMPDIR"] = small, ["DOTNET_EnableDiagnostics"] = "0" });
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.WaitForExit();

            Assert.Equal(2, process.ExitCode);
            Assert.Empty(await output);
            var said = await error;
            Assert.StartsWith($"{small}/: $: the findings cannot be held in this temporary folder (set TMPDIR to another): ", said, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(small));
        }
        finally
        {
            Unix.Run("umount", small);
        }
    }

    /// <summary>Standard error that interrupts the run when a text first appears on it.</summary>
    private sealed class CancelOnWrite(CancellationTokenSource source, string text) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (value is not null && value.Contains(text, StringComparison.Ordinal))
            {
                source.Cancel();
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            if (new string(buffer, index, count).Contains(text, StringComparison.Ordinal))
            {
                source.Cancel();
            }
        }
    }
}
