using System.Text.Json;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, item 19: what a folder holds is found as a user expects.</summary>
public sealed class FolderTests
{
    private static string[] DealIds(CommandRun run)
    {
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        return report.RootElement.GetProperty("deals").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToArray();
    }

    [Fact]
    public void Hidden_folders_and_files_are_left_out_and_upper_case_extensions_found()
    {
        using var folder = new TemporaryFolder();
        folder.File("deals/one.json", Documents.Small("deal-one"));
        folder.File("deals/TWO.JSON", Documents.Small("deal-two"));
        folder.File("deals/.git/objects.json", Documents.Small("in-git"));
        folder.File("deals/.vscode/settings.json", "{ \"editor.tabSize\": 2 }");
        folder.File("deals/.draft.json", Documents.Small("hidden-draft"));

        Assert.Equal(["deal-one", "deal-two"], DealIds(CommandRun.Of("evaluate", Path.Combine(folder.Path, "deals"), "--format", "json")));
    }

    [Fact]
    public void Exclude_leaves_out_matching_files_and_folders()
    {
        using var folder = new TemporaryFolder();
        folder.File("one.json", Documents.Small("deal-one"));
        folder.File("archive/2024/old.json", Documents.Small("old-deal"));
        folder.File("drafts/draft-x.json", Documents.Small("draft-x"));
        folder.File("drafts/final.json", Documents.Small("final-deal"));

        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json", "--exclude", "archive", "--exclude", "**/draft-*.json");

        Assert.Equal(["deal-one", "final-deal"], DealIds(run));
    }

    [Fact]
    public void File_named_directly_is_read_whatever_its_extension_and_once_however_often_named()
    {
        using var folder = new TemporaryFolder();
        var deal = folder.File("deal.txt", Documents.Small("named-deal"));

        var run = CommandRun.Of("evaluate", deal, Path.Combine(folder.Path, ".", "deal.txt"), "--format", "json");

        Assert.Equal(["named-deal"], DealIds(run));
    }

    [Fact]
    public void Folder_named_inside_another_named_folder_is_read_once_not_called_empty()
    {
        using var folder = new TemporaryFolder();
        folder.File("one.json", Documents.Small("deal-one"));
        folder.File("sub/two.json", Documents.Small("deal-two"));

        var run = CommandRun.Of("evaluate", folder.Path, Path.Combine(folder.Path, "sub"), "--format", "json");

        Assert.Equal(["deal-one", "deal-two"], DealIds(run));
        Assert.Equal($"dealrules: skipped {Path.Combine(folder.Path, "sub")}: is a folder already walked\n", run.Error);
    }
}
