using System.Runtime.InteropServices;

namespace DealRules.Tests.Input;

/// <summary>A folder under the temporary folder, deleted with all it holds when disposed.</summary>
internal sealed partial class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dealrules-input-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Fifo(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        Assert.Equal(0, mkfifo(path, Convert.ToInt32("644", 8)));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int mkfifo(string path, int mode);
}
