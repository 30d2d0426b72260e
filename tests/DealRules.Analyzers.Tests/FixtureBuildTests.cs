using System.Diagnostics;

namespace DealRules.Analyzers.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a project of deliberately wrong rules, outside this repository's
/// build settings, with the analyzer attached as a user's project attaches it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FixtureBuildTests
{
    [Fact]
    public async Task Build_of_wrong_rules_fails_on_DR1003_and_reports_the_warnings()
    {
        var folder = Directory.CreateTempSubdirectory("dealrules-fixture-").FullName;
        try
        {
            var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "WrongRules");
            File.Copy(Path.Combine(fixture, "WrongRules.cs"), Path.Combine(folder, "WrongRules.cs"));
            File.Copy(Path.Combine(fixture, "WrongRules.csproj.template"), Path.Combine(folder, "WrongRules.csproj"));

            var (exitCode, output) = await Run("dotnet", folder,
                "build", "WrongRules.csproj", "-nologo", "-clp:NoSummary", $"-p:ReferenceFolder={AppContext.BaseDirectory.TrimEnd('/', '\\')}");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("error DR1003: Define() of 'NoConditionsRule' declares no left-hand side", output, StringComparison.Ordinal);
            Assert.Contains("warning DR1007: 'Flag' changes fact 'order'", output, StringComparison.Ordinal);
            Assert.Contains("warning DR1009: 'DateTime.Now'", output, StringComparison.Ordinal);
            Assert.Contains("warning DR1014: Action calls 'NotifyAsync'", output, StringComparison.Ordinal);
            Assert.Contains("warning DR1001: Rule class 'HiddenRule' is not public", output, StringComparison.Ordinal);
            Assert.Contains("error DR2001: Rule 'HiddenRule' lacks [RuleTitle], [RuleCategory], [RulePerspective] and [DefaultSeverity]", output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> Run(string command, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
