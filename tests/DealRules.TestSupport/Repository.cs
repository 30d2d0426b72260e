namespace DealRules.TestSupport;

/// <summary>The checkout the tests run from, found by walking up from the test's output folder to <c>RulesEngine.sln</c>.</summary>
public static class Repository
{
    /// <summary>The folder that holds <c>RulesEngine.sln</c>.</summary>
    public static string Root { get; } = Find();

    /// <summary>The shipped catalog's source: <c>rules/DealRules.Strategic</c>.</summary>
    public static string Catalog => Path.Combine(Root, "rules", "DealRules.Strategic");

    /// <summary>The shipped catalog's own test cases: <c>rules/tests</c>.</summary>
    public static string CatalogTests => Path.Combine(Root, "rules", "tests");

    /// <summary>A path below the root, from its parts.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RulesEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"RulesEngine.sln not found above {AppContext.BaseDirectory}.");
    }
}
