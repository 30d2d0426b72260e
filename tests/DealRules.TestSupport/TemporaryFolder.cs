using System.Runtime.InteropServices;

namespace DealRules.TestSupport;

/// <summary>
/// A folder of its own under the system's temporary folder (<c>dealrules-tests-*</c>), deleted with
/// everything in it when disposed. Each test makes its own, so tests running in parallel never share one.
/// </summary>
public sealed partial class TemporaryFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("dealrules-tests-").FullName;

    /// <summary>Writes <paramref name="content"/> (UTF-8) to <paramref name="name"/> below the folder, making the folders between; returns the full path.</summary>
    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies the text of <paramref name="source"/> to <paramref name="name"/> below the folder; returns the full path.</summary>
    public string Copy(string source, string name) => File(name, System.IO.File.ReadAllText(source));

    /// <summary>Makes a named pipe (FIFO) called <paramref name="name"/>; returns the full path.</summary>
    public string Fifo(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (mkfifo(path, Convert.ToInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int mkfifo(string path, int mode);
}
