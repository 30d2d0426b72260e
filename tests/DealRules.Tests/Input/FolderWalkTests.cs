using DealRules.Input;

namespace DealRules.Tests.Input;

public sealed class FolderWalkTests
{
    private static FolderWalk Json() => new(name => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Link_to_its_own_folder_is_walked_once_and_each_file_given_once()
    {
        using var folder = new TemporaryFolder();
        folder.File("a.json", "{}");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "latest"), ".");

        var walked = Json().Walk(folder.Path);

        Assert.Equal([Path.Combine(folder.Path, "a.json")], walked.Files.Select(f => f.Path));
        Assert.Equal([new WalkNote(Path.Combine(folder.Path, "latest"), "links to a folder already walked")], walked.Skipped);
    }

    [Fact]
    public void Two_folders_linking_to_each_other_end_the_walk()
    {
        using var folder = new TemporaryFolder();
        folder.File("left/l.json", "{}");
        folder.File("right/r.json", "{}");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "left", "to-right"), Path.Combine(folder.Path, "right"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "right", "to-left"), Path.Combine(folder.Path, "left"));

        var walked = Json().Walk(folder.Path);

        Assert.Equal(["l.json", "r.json"], walked.Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hidden_entries_are_not_walked_and_any_case_of_the_extension_is_found()
    {
        using var folder = new TemporaryFolder();
        folder.File(".git/config.json", "{}");
        folder.File(".draft.json", "{}");
        folder.File("UPPER.JSON", "{}");

        var walked = Json().Walk(folder.Path);

        Assert.Equal([Path.Combine(folder.Path, "UPPER.JSON")], walked.Files.Select(f => f.Path));
    }

    [Fact]
    public void Fifos_devices_and_dangling_links_are_noted_not_read()
    {
        using var folder = new TemporaryFolder();
        folder.Fifo("pipe.json");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.json"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "gone.json"), Path.Combine(folder.Path, "nowhere.json"));

        var walked = Json().Walk(folder.Path);

        Assert.Empty(walked.Files);
        Assert.Equal(
            ["gone.json: is a link to nothing", "pipe.json: is a pipe, not a regular file", "zero.json: is a character device, not a regular file"],
            walked.Skipped.Select(s => $"{Path.GetFileName(s.Path)}: {s.Reason}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Excluded_folder_is_left_out_whole()
    {
        using var folder = new TemporaryFolder();
        folder.File("keep.json", "{}");
        folder.File("archive/old.json", "{}");

        var walked = new FolderWalk(name => name.EndsWith(".json", StringComparison.Ordinal), relative => relative == "archive").Walk(folder.Path);

        Assert.Equal(["keep.json"], walked.Files.Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public void A_folder_large_enough_to_be_looked_at_on_every_core_is_walked_as_a_small_one_is()
    {
        // 300 entries: past the count from which the walk asks for their statuses in parallel.
        using var folder = new TemporaryFolder();
        for (var i = 0; i < 300; i++)
        {
            if (i is not (150 or 200))
            {
                folder.File($"{i:000}.json", "{}");
            }
        }

        folder.Fifo("150.json");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "200.json"), Path.Combine(folder.Path, "nowhere.json"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "copy.json"), Path.Combine(folder.Path, "001.json"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "latest"), ".");
        folder.File(".hidden.json", "{}");
        folder.File("notes.txt", "");
        folder.File("sub/x.json", "{}");

        var walked = Json().Walk(folder.Path);

        var expected = Enumerable.Range(0, 300).Where(i => i is not (150 or 200)).Select(i => $"{i:000}.json").Append("sub/x.json");
        Assert.Equal(expected.Select(name => Path.Combine(folder.Path, name)), walked.Files.Select(f => f.Path));
        Assert.Equal(
            [
                new WalkNote(Path.Combine(folder.Path, "150.json"), "is a pipe, not a regular file"),
                new WalkNote(Path.Combine(folder.Path, "200.json"), "is a link to nothing"),
                new WalkNote(Path.Combine(folder.Path, "latest"), "links to a folder already walked"),
            ],
            walked.Skipped);
        Assert.Empty(walked.Problems);
    }
}
