namespace DealRules.Cli.Tests.Kit;

/// <summary>Paths in this repository, found from the test output.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The shipped catalog's own test cases.</summary>
    public static string CatalogTests => Path.Combine(Root, "rules", "tests");

    /// <summary>A copy of one of the catalog's test cases in <paramref name="folder"/>, for a test to change.</summary>
    public static string CopyCase(TemporaryFolder folder, string name)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(CatalogTests, name)))
        {
            folder.Copy(file, Path.Combine("cases", name, Path.GetFileName(file)));
        }

        return Path.Combine(folder.Path, "cases");
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "RulesEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
