using System.Runtime.Versioning;

namespace DealRules.Cli.Tests.Safety;

/// <summary>Issue 14, items 1–3: --output never destroys what the user gave, and writes as the shell's &gt; would.</summary>
[SupportedOSPlatform("linux")]
[Trait("Category", "Slow")]
public sealed class OutputTargetTests
{
    private static readonly string Example = CommandRun.Example;

    [Fact]
    public void Output_naming_the_evaluated_document_is_a_usage_error_and_the_document_is_kept()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.Copy(Example, "deal.json");
        var before = File.ReadAllBytes(deal);

        var run = CommandRun.Of("evaluate", deal, "--output", deal);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(deal));
        Assert.Contains($"--output {deal}: is one of the inputs ({deal})", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_spelled_another_way_to_a_file_of_an_evaluated_folder_is_refused()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.Copy(Example, "portfolio/one.json");
        var before = File.ReadAllBytes(deal);
        var otherSpelling = Path.Combine(folder.Path, "portfolio", ".", "..", "portfolio", "one.json");

        var run = CommandRun.Of("evaluate", Path.Combine(folder.Path, "portfolio"), "-o", otherSpelling);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(deal));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Output_naming_the_profile_through_a_link_is_refused()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("strict.json", """{ "circular.spendBackHigh": 0.75 }""");
        var link = Path.Combine(folder.Path, "report.json");
        File.CreateSymbolicLink(link, profile);

        var run = CommandRun.Of("evaluate", Example, "--profile", profile, "--output", link);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("""{ "circular.spendBackHigh": 0.75 }""", File.ReadAllText(profile));
    }

    [Fact]
    public void Output_naming_a_hard_link_of_an_input_is_refused()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.Copy(Example, "deal.json");
        var second = Path.Combine(folder.Path, "second-name.json");
        Assert.Equal(0, Unix.Run("ln", deal, second));

        var run = CommandRun.Of("evaluate", deal, "--output", second);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(Example), File.ReadAllBytes(deal));
    }

    [Fact]
    public void Output_naming_the_file_standard_input_was_redirected_from_is_refused()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.Copy(Example, "deal.json");

        var run = CliProcess.Shell($"$DEALRULES evaluate -o '{deal}' < '{deal}'");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"dealrules: --output {deal}: is one of the inputs (<stdin>); writing the report there would destroy it. Name another file.\n", run.Error);
        Assert.Equal(File.ReadAllBytes(Example), File.ReadAllBytes(deal));
    }

    [Fact]
    public void Output_to_dev_null_writes_into_the_device_and_leaves_it_a_device()
    {
        var run = CommandRun.Of("evaluate", Example, "--output", "/dev/null");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(0, Unix.Run("test", "-f", "/dev/null")); // not a regular file
        Assert.Equal(0, Unix.Run("test", "-c", "/dev/null"));    // still a character device
    }

    [Fact]
    public void Output_to_a_full_device_is_exit_2_naming_the_cause()
    {
        var run = CommandRun.Of("evaluate", Example, "--format", "json", "--output", "/dev/full");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("dealrules: /dev/full: the report could not be written: No space left on device\n", run.Error);
        Assert.Equal(0, Unix.Run("test", "-c", "/dev/full"));
    }

    [Fact]
    public void Output_to_dev_stdout_prints_the_report()
    {
        var run = CliProcess.Run(null, "evaluate", Example, "--format", "json", "--output", "/dev/stdout");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CommandRun.Of("evaluate", Example, "--format", "json").Out, run.Out);
    }

    [Fact]
    public void Output_to_a_fifo_no_one_reads_is_refused_at_once_instead_of_hanging()
    {
        using var folder = new TemporaryFolder();
        var fifo = Path.Combine(folder.Path, "report.fifo");
        Unix.Mkfifo(fifo);

        var run = CommandRun.Of("evaluate", Example, "--output", fifo);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"dealrules: --output {fifo}: cannot be written: no process is reading it.\n", run.Error);
    }

    [Fact]
    public void Output_to_a_read_only_file_does_what_the_shells_redirection_would()
    {
        using var folder = new TemporaryFolder();
        var probe = folder.File("probe.txt", "old");
        var target = folder.File("report.md", "old");
        File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        // As root the shell's > writes a read-only file; as anyone else it refuses. Either way the command must do the same.
        var shellWrites = Unix.Run("sh", "-c", $": > '{probe}'") == 0;

        var run = CommandRun.Of("evaluate", Example, "--output", target);

        Assert.Equal(shellWrites ? 0 : 2, run.ExitCode);
        Assert.Equal(shellWrites, File.ReadAllText(target).StartsWith("# DealRules report", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Output_to_a_file_the_user_may_not_write_is_refused_for_an_unprivileged_user()
    {
        Assert.SkipUnless(Unix.HasSetpriv, "needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        var target = folder.File("report.json", "kept");
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("777", 8));
        File.SetUnixFileMode(target, (UnixFileMode)Convert.ToInt32("644", 8));

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, "evaluate", Example, "--output", target);

        Assert.Equal(2, code);
        Assert.Equal($"dealrules: --output {target}: cannot be written: permission denied (the shell's > would refuse it too).\n", error);
        Assert.Equal("kept", File.ReadAllText(target));
    }

    [Fact]
    public void Writable_file_in_a_folder_the_user_may_not_write_is_written_in_place()
    {
        Assert.SkipUnless(Unix.HasSetpriv, "needs setpriv to run the command as the unprivileged user 65534");
        using var folder = new TemporaryFolder();
        var target = folder.File("shared-report.json", "old");
        File.SetUnixFileMode(folder.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        File.SetUnixFileMode(target, (UnixFileMode)Convert.ToInt32("666", 8));

        var (code, error) = Unix.RunCapturingUnprivileged("dotnet", CliProcess.Program, "evaluate", Example, "--output", target);

        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["shared-report.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_through_a_symbolic_link_writes_the_file_it_points_to_and_keeps_the_link()
    {
        using var folder = new TemporaryFolder();
        var real = folder.File("reports/latest.json", "old");
        var link = Path.Combine(folder.Path, "report.json");
        File.CreateSymbolicLink(link, real);

        var run = CommandRun.Of("evaluate", Example, "--output", link);

        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(CommandRun.Of("evaluate", Example, "--format", "json").Out, File.ReadAllText(real));
    }

    [Fact]
    public void Output_to_a_file_with_another_hard_link_keeps_both_names_on_the_one_report()
    {
        using var folder = new TemporaryFolder();
        var first = folder.File("report.json", "old");
        var second = Path.Combine(folder.Path, "also-report.json");
        Assert.Equal(0, Unix.Run("ln", first, second));

        var run = CommandRun.Of("evaluate", Example, "--output", first);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(second), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void Output_keeps_the_mode_of_the_file_it_replaces()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("private.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = CommandRun.Of("evaluate", Example, "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_file_of_another_user_keeps_its_owner()
    {
        Assert.SkipUnless(Unix.IsRoot, "only root can give a file to another user");
        using var folder = new TemporaryFolder();
        var target = folder.File("theirs.json", "old");
        Assert.Equal(0, Unix.Run("chown", "65534:65534", target));

        var run = CommandRun.Of("evaluate", Example, "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, Unix.Run("sh", "-c", $"test \"$(stat -c %u '{target}')\" = 65534"));
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--profile")]
    [InlineData("--baseline")]
    public void Empty_file_option_is_a_usage_error_not_a_crash(string option)
    {
        var run = CommandRun.Of("evaluate", Example, option, "");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"dealrules: {option} was given an empty value; expected a file name (is a variable unset?)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
