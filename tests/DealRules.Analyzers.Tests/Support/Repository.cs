namespace DealRules.Analyzers.Tests.Support;

/// <summary>The checkout the tests run from: where docs, release files and the shipped rules are.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RulesEngine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RulesEngine.sln not found above the test output.");
    }
}
