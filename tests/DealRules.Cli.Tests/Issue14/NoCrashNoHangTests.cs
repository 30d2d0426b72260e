using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealRules.Cli.Tests.Safety;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, items 5–9: no valid document crashes, no file-system shape hangs, each input is read once.</summary>
[SupportedOSPlatform("linux")]
[Trait("Category", "Slow")]
public sealed class NoCrashNoHangTests
{
    [Fact]
    public void Commitment_of_8e26_is_refused_alike_by_validate_and_evaluate()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.File("huge.json", Documents.Example(d => d["computeCommitments"]![0]!["amount"] = JsonValue.Create(8e26m)));

        var validate = CommandRun.Of("validate", deal);
        var evaluate = CommandRun.Of("evaluate", deal);

        Assert.Equal((2, 2), (validate.ExitCode, evaluate.ExitCode));
        var expected = $"{deal}: $.computeCommitments[0].amount: 800000000000000000000000000 is above the largest amount accepted; expected at most 1,000,000,000,000,000,000 (10^18)";
        Assert.Equal([expected], validate.ProblemLines);
        Assert.Equal([expected], evaluate.ProblemLines);
    }

    [Fact]
    public void Tiny_investment_against_the_largest_commitment_evaluates_without_overflow()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.File("tiny.json", Documents.Example(d =>
        {
            d["investments"]![0]!["amount"] = JsonValue.Create(0.0001m);
            d["computeCommitments"]![0]!["amount"] = JsonValue.Create(1_000_000_000_000_000_000m);
        }));

        var run = CommandRun.Of("evaluate", deal, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var circular = report.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "CIRC001");
        Assert.Equal(10_000_000_000_000_000_000_000m, circular.GetProperty("evidence").GetProperty("spendBackRatio").GetDecimal());
        Assert.Equal(0, report.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Folder_with_a_fifo_a_device_link_and_a_link_to_itself_reads_its_one_document_once()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(CommandRun.Example, "deal.json");
        Unix.Mkfifo(Path.Combine(folder.Path, "waiting.json"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.json"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "latest"), ".");
        Directory.CreateDirectory(Path.Combine(folder.Path, "a"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "to-b"), Path.Combine(folder.Path, "b"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "b"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b", "to-a"), Path.Combine(folder.Path, "a"));

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal(1, report.RootElement.GetProperty("deals").GetArrayLength());
        Assert.Equal(
        [
            $"dealrules: skipped {folder.Path}/a/to-b: links to a folder already walked",
            $"dealrules: skipped {folder.Path}/b/to-a: links to a folder already walked",
            $"dealrules: skipped {folder.Path}/latest: links to a folder already walked",
            $"dealrules: skipped {folder.Path}/waiting.json: is a pipe, not a regular file",
            $"dealrules: skipped {folder.Path}/zero.json: is a character device, not a regular file",
        ], run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Profile_naming_an_endless_device_is_refused_unread()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--profile", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["/dev/zero: $: is a character device, not a regular file"], run.ProblemLines);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    public void Unreadable_folder_is_named_with_its_cause(string command)
    {
        Assert.SkipUnless(Unix.HasSetpriv, "root reads any folder; needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        var locked = Directory.CreateDirectory(Path.Combine(folder.Path, "locked")).FullName;
        File.Copy(CommandRun.Example, Path.Combine(locked, "deal.json"));
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, command, folder.Path);

        Assert.Equal(2, code);
        Assert.Contains($"{locked}: $: cannot be read: permission denied", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    public void Folder_listed_but_not_searchable_is_named_and_fails_the_run(string command)
    {
        Assert.SkipUnless(Unix.HasSetpriv, "root searches any folder; needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        var readable = Directory.CreateDirectory(Path.Combine(folder.Path, "readable")).FullName;
        File.Copy(CommandRun.Example, Path.Combine(readable, "deal.json"));
        var listOnly = Directory.CreateDirectory(Path.Combine(folder.Path, "list-only")).FullName;
        Directory.CreateDirectory(Path.Combine(listOnly, "inner"));
        File.Copy(CommandRun.Example, Path.Combine(listOnly, "inner", "deal.json"));
        File.Copy(CommandRun.Example, Path.Combine(listOnly, "other.json"));
        File.SetUnixFileMode(listOnly, (UnixFileMode)Convert.ToInt32("644", 8));

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, command, folder.Path);

        Assert.Equal(2, code);
        Assert.Contains($"{listOnly}: $: cannot be read: permission denied", error, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_not_searchable_holding_only_hidden_entries_is_named()
    {
        Assert.SkipUnless(Unix.HasSetpriv, "root searches any folder; needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        File.Copy(CommandRun.Example, Path.Combine(folder.Path, "deal.json"));
        var listOnly = Directory.CreateDirectory(Path.Combine(folder.Path, "list-only")).FullName;
        Directory.CreateDirectory(Path.Combine(listOnly, ".git"));
        File.SetUnixFileMode(listOnly, (UnixFileMode)Convert.ToInt32("644", 8));

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, "validate", folder.Path);

        Assert.Equal(2, code);
        Assert.Contains($"{listOnly}: $: cannot be read: permission denied", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_substitution_is_read_once_and_evaluated()
    {
        var run = CliProcess.Shell($"$DEALRULES evaluate <(cat '{CommandRun.Example}') --format json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"ruleId\": \"CIRC001\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_wrong_items_are_each_reported()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.File("many.json", Documents.Example(d => d["parties"]![0]!["chips"] = new JsonArray(Enumerable.Range(0, 100_000).Select(i => (JsonNode)JsonValue.Create(i)).ToArray())));

        var run = CommandRun.Of("validate", deal);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(100_000, run.ProblemLines.Length);
        Assert.Equal($"{deal}: $.parties[0].chips[99999]: expected a string, found the number 99999", run.ProblemLines[^1]);
        Assert.EndsWith("dealrules: 100,000 problems.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_path_argument_is_a_usage_error()
    {
        var run = CommandRun.Of("evaluate", "");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dealrules: An empty PATH names no file (is a variable unset?).", run.Error, StringComparison.Ordinal);
    }
}
