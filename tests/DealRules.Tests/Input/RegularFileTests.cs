using DealRules.Input;

namespace DealRules.Tests.Input;

public sealed class RegularFileTests
{
    [Fact]
    public void Regular_file_within_the_limit_is_read_whole_with_its_identity()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("deal.json", "{\"a\": 1}");

        var read = RegularFile.Read(path, 100);

        Assert.True(read.Succeeded);
        Assert.Equal("{\"a\": 1}"u8.ToArray(), read.Bytes);
        Assert.Equal(FileStatus.Of(path, followLinks: true, out _)!.Identity, read.Status!.Identity);
    }

    [Fact]
    public void Fifo_with_no_writer_is_refused_at_once_instead_of_blocking()
    {
        using var folder = new TemporaryFolder();
        var fifo = folder.Fifo("x.json");

        var read = RegularFile.Read(fifo, 100);

        Assert.Equal(FileReadFailure.NotRegular, read.Failure);
        Assert.Equal("is a pipe, not a regular file", read.Problem);
    }

    [Fact]
    public void Fifo_with_no_writer_reads_as_empty_where_pipes_are_allowed()
    {
        using var folder = new TemporaryFolder();
        var fifo = folder.Fifo("x.json");

        var read = RegularFile.Read(fifo, 100, FileReadOptions.AllowPipes);

        Assert.True(read.Succeeded);
        Assert.Empty(read.Bytes!);
    }

    [Fact]
    public void Link_to_dev_zero_is_refused_as_a_device_without_reading_it()
    {
        using var folder = new TemporaryFolder();
        var link = System.IO.Path.Combine(folder.Path, "x.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        var read = RegularFile.Read(link, 16 * 1024 * 1024);

        Assert.Equal(FileReadFailure.NotRegular, read.Failure);
        Assert.Equal("is a character device, not a regular file", read.Problem);
    }

    [Fact]
    public void File_over_the_limit_is_refused_by_its_size()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("big.json", new string(' ', 2048));

        var read = RegularFile.Read(path, 1024);

        Assert.Equal(FileReadFailure.TooLarge, read.Failure);
        Assert.Equal("is 2,048 bytes; expected at most 1,024 (1 KiB)", read.Problem);
    }

    [Fact]
    public void Endless_stream_is_cut_at_the_limit_not_read_to_its_end()
    {
        using var zeros = File.OpenRead("/dev/zero");

        var read = RegularFile.Read(zeros, 4096);

        Assert.Equal(FileReadFailure.TooLarge, read.Failure);
        Assert.Equal("holds more than 4,096 bytes; expected at most 4 KiB", read.Problem);
    }

    [Fact]
    public void Symbolic_link_is_refused_when_links_are_refused_and_followed_otherwise()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("real.cs", "class A {}");
        var link = System.IO.Path.Combine(folder.Path, "link.cs");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(FileReadFailure.Link, RegularFile.Read(link, 100, FileReadOptions.RefuseLinks).Failure);
        Assert.True(RegularFile.Read(link, 100).Succeeded);
    }

    [Fact]
    public void Missing_file_and_empty_path_say_so()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal("no such file or folder", RegularFile.Read(System.IO.Path.Combine(folder.Path, "none.json"), 10).Problem);
        Assert.Equal("an empty path names no file", RegularFile.Read("", 10).Problem);
    }

    [Fact]
    public void Folder_is_not_a_regular_file()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal("is a folder, not a regular file", RegularFile.Read(folder.Path, 10).Problem);
    }
}
