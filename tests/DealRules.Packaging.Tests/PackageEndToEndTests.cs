namespace DealRules.Packaging.Tests;

/// <summary>The packages as a user gets them: installed from a plain feed into projects outside this solution.</summary>
[Trait("Category", "Slow")]
public sealed class PackageEndToEndTests(PackagedProducts products) : IClassFixture<PackagedProducts>
{
    [Fact]
    public async Task Host_program_gets_the_same_report_as_the_command_line()
    {
        var host = products.Project("Host", "Host.csproj.template", ("Program.cs", PackagedProducts.Example("host/Program.cs")));
        await ProcessRunner.Succeed("dotnet", host, "build", "-nologo", "-v:q", $"-p:DealRulesVersion={PackagedProducts.Version}");

        var (exitCode, fromHost, _) = await ProcessRunner.Run("dotnet", host, "run", "--no-build", "--", PackagedProducts.ExampleDeal);
        var tools = Path.Combine(products.Folder, "tools");
        await ProcessRunner.Succeed("dotnet", products.Folder, "tool", "install", "DealRules.Tool", "--version", PackagedProducts.Version,
            "--tool-path", tools, "--add-source", PackagedProducts.Feed);
        var (toolExit, fromTool, _) = await ProcessRunner.Run(Path.Combine(tools, "dealrules"), products.Folder, "evaluate", PackagedProducts.ExampleDeal, "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Equal(0, toolExit);
        Assert.Equal(fromTool, fromHost);
        Assert.Contains("\"ruleId\": \"CIRC001\"", fromTool, StringComparison.Ordinal);
        Assert.Contains("\"findings\": 9", fromTool, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_package_points_to_ReadyToRun_images_for_linux_x64_and_a_portable_package_for_other_platforms()
    {
        var settings = PackagedProducts.Text("DealRules.Tool", "tools/any/any/DotnetToolSettings.xml");

        Assert.Contains("RuntimeIdentifier=\"linux-x64\" Id=\"DealRules.Tool.linux-x64\"", settings, StringComparison.Ordinal);
        Assert.Contains("RuntimeIdentifier=\"any\" Id=\"DealRules.Tool.any\"", settings, StringComparison.Ordinal);
        Assert.Contains("Runner=\"dotnet\"", PackagedProducts.Text("DealRules.Tool.any", "tools/net10.0/any/DotnetToolSettings.xml"), StringComparison.Ordinal);
        foreach (var assembly in new[] { "DealRules.Cli.dll", "DealRules.dll", "DealRules.Strategic.dll", "NRules.dll", "FastExpressionCompiler.dll", "System.CommandLine.dll" })
        {
            Assert.True(PackagedProducts.IsReadyToRun("DealRules.Tool.linux-x64", "tools/net10.0/linux-x64/" + assembly), assembly + " is not ReadyToRun in the linux-x64 package");
            Assert.False(PackagedProducts.IsReadyToRun("DealRules.Tool.any", "tools/net10.0/any/" + assembly), assembly + " is ReadyToRun in the portable package");
        }
    }

    [Fact]
    public async Task Rule_without_a_left_hand_side_fails_the_consumers_build_with_DR1003()
    {
        var rules = products.Project("Rules", "Rules.csproj.template", ("NoConditionsRule.cs", PackagedProducts.Consumer("NoConditionsRule.cs")));

        var (exitCode, output) = await Build(rules);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error DR1003: Define() of 'NoConditionsRule' declares no left-hand side", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule_that_changes_a_fact_in_a_helper_builds_with_a_DR1007_warning()
    {
        var rules = products.Project("Warned", "Rules.csproj.template", ("SilentChangeRule.cs", PackagedProducts.Consumer("SilentChangeRule.cs")));

        var (exitCode, output) = await Build(rules);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning DR1007: 'Hit' changes fact 'watchlist', but no action of the rule updates it", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_READMEs_own_rule_builds_clean_in_a_consumer_project()
    {
        var rules = products.Project("OwnRule", "Rules.csproj.template", ("LargeCreditsRule.cs", PackagedProducts.Example("rules/LargeCreditsRule.cs")));

        var output = await ProcessRunner.Succeed("dotnet", rules, "build", "-nologo", $"-p:DealRulesVersion={PackagedProducts.Version}");

        Assert.DoesNotContain(": warning DR", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error DR", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_READMEs_test_passes_against_the_testing_package()
    {
        var tests = products.Project("OwnTests", "Tests.csproj.template", ("SpendBackRuleTests.cs", PackagedProducts.Example("tests/SpendBackRuleTests.cs")));

        var output = await ProcessRunner.Succeed("dotnet", tests, "test", "-nologo", $"-p:DealRulesVersion={PackagedProducts.Version}");

        Assert.Contains("Failed: 0, Passed: 2, Skipped: 0, Total: 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_make_a_rule_pack_that_builds_clean_and_tests_that_pass()
    {
        var hive = Path.Combine(products.Folder, "template-hive");
        var work = Path.Combine(products.Folder, "FromTemplates");
        Directory.CreateDirectory(work);
        await ProcessRunner.Succeed("dotnet", work, "new", "install", $"DealRules.Templates::{PackagedProducts.Version}", "--add-source", PackagedProducts.Feed, "--debug:custom-hive", hive);
        await ProcessRunner.Succeed("dotnet", work, "new", "dealrules-pack", "-n", "Acme.Rules", "--debug:custom-hive", hive);
        await ProcessRunner.Succeed("dotnet", work, "new", "dealrules-pack-tests", "-n", "Acme.Rules", "-o", "Acme.Rules.Tests", "--debug:custom-hive", hive);

        var build = await ProcessRunner.Succeed("dotnet", work, "build", "Acme.Rules", "-nologo");
        var test = await ProcessRunner.Succeed("dotnet", work, "test", "Acme.Rules.Tests", "-nologo");

        Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);
        Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", await File.ReadAllTextAsync(Path.Combine(work, "Acme.Rules", "Acme.Rules.csproj"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("namespace Acme.Rules;", await File.ReadAllTextAsync(Path.Combine(work, "Acme.Rules", "LargeCreditsRule.cs"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Failed: 0, Passed: 1, Skipped: 0, Total: 1", test, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("host/Program.cs")]
    [InlineData("rules/LargeCreditsRule.cs")]
    [InlineData("tests/SpendBackRuleTests.cs")]
    public async Task README_shows_the_code_this_test_compiles(string example)
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"), TestContext.Current.CancellationToken);
        var code = await File.ReadAllTextAsync(PackagedProducts.Example(example), TestContext.Current.CancellationToken);

        Assert.Contains(PackagedProducts.Whitespace().Replace(code, " ").Trim(), PackagedProducts.Whitespace().Replace(readme, " "), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> Build(string project)
    {
        var run = await ProcessRunner.Run("dotnet", project, "build", "-nologo", $"-p:DealRulesVersion={PackagedProducts.Version}");
        return (run.ExitCode, run.Output);
    }
}
