namespace DealRules.Cli.Tests;

/// <summary>A folder under the system's temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("dealrules-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Copy(string source, string name) => File(name, System.IO.File.ReadAllText(source));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
