using System.Text.Json;

namespace DealRules.Cli.Tests.Kit;

public sealed class TestCommandTests
{
    [Fact]
    public void The_catalogs_own_cases_pass_and_every_rule_fires()
    {
        var run = CommandRun.Of("test", Repository.CatalogTests, "--min-coverage", "100");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6 cases: 6 passed, 0 failed.", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Coverage: rules 22/22 fired \(100\.0%\); condition outcomes \d+/\d+ seen", run.Out);
        Assert.DoesNotContain("NEVER FIRED", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_reports_the_condition_coverage_the_catalogs_cases_reach()
    {
        var run = CommandRun.Of("test", Repository.CatalogTests, "--coverage");
        var line = run.Out.Split('\n').Single(l => l.StartsWith("Coverage: ", StringComparison.Ordinal));
        var seen = System.Text.RegularExpressions.Regex.Match(line, @"condition outcomes (\d+)/(\d+) seen \(([0-9.]+)%\)");

        Assert.Contains(line, File.ReadAllText(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
        Assert.Contains($"{seen.Groups[1].Value} of the {seen.Groups[2].Value} condition outcomes", File.ReadAllText(Path.Combine(Repository.CatalogTests, "README.md")), StringComparison.Ordinal);
        Assert.Contains($"{seen.Groups[3].Value}%", File.ReadAllText(Path.Combine(Repository.CatalogTests, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_expectation_fails_with_exit_1_and_a_readable_diff()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "licence-and-hire");
        var expected = Path.Combine(cases, "licence-and-hire", "expected.json");
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("\"high\"", "\"medium\"", StringComparison.Ordinal));

        var run = CommandRun.Of("test", cases);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL    licence-and-hire: 1 document, 1 finding", run.Out, StringComparison.Ordinal);
        Assert.Contains("  ~ changed: GOV005 (microsoft-inflection-2024-03; microsoft, inflection)", run.Out, StringComparison.Ordinal);
        Assert.Contains("    severity: medium -> high", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 case: 0 passed, 1 failed.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_and_an_unexpected_finding_are_both_shown()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "licence-and-hire");
        var expected = Path.Combine(cases, "licence-and-hire", "expected.json");
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("\"GOV005\"", "\"GOV004\"", StringComparison.Ordinal));

        var run = CommandRun.Of("test", cases);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  - expected, not found: high GOV004 (microsoft-inflection-2024-03; microsoft, inflection): Microsoft hires", run.Out, StringComparison.Ordinal);
        Assert.Contains("  + found, not expected: high GOV005 (microsoft-inflection-2024-03; microsoft, inflection): Microsoft hires", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_writes_the_current_findings_as_the_expectation_and_the_next_run_passes()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "loop-portfolio");
        var expected = Path.Combine(cases, "loop-portfolio", "expected.json");
        var shipped = File.ReadAllBytes(expected);
        File.Delete(expected);

        var before = CommandRun.Of("test", cases);
        var update = CommandRun.Of("test", cases, "--update");
        var after = CommandRun.Of("test", cases);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("no expected.json: run 'dealrules test --update'", before.Out, StringComparison.Ordinal);
        Assert.Equal(0, update.ExitCode);
        Assert.Contains("updated loop-portfolio: 3 documents, 3 findings", update.Out, StringComparison.Ordinal);
        Assert.Equal(shipped, File.ReadAllBytes(expected));
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void A_coverage_threshold_the_cases_miss_fails_the_run_naming_the_rules_that_never_fired()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "licence-and-hire");

        var run = CommandRun.Of("test", cases, "--min-coverage", "50");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 case: 1 passed, 0 failed.", run.Out, StringComparison.Ordinal);
        Assert.Contains("dealrules: rule coverage 4.5% is under --min-coverage 50; never fired: CHIP001, CHIP002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_names_severities_and_kinds_of_difference_as_words()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "licence-and-hire");
        var expected = Path.Combine(cases, "licence-and-hire", "expected.json");
        File.WriteAllText(expected, File.ReadAllText(expected).Replace("\"high\"", "\"low\"", StringComparison.Ordinal));

        var run = CommandRun.Of("test", cases, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);

        Assert.Equal(1, run.ExitCode);
        var difference = Assert.Single(json.RootElement.GetProperty("cases")[0].GetProperty("differences").EnumerateArray());
        Assert.Equal("changed", difference.GetProperty("kind").GetString());
        Assert.Equal("low", difference.GetProperty("expected").GetProperty("severity").GetString());
        Assert.Equal("high", difference.GetProperty("actual").GetProperty("severity").GetString());
    }

    [Fact]
    public void Json_output_lists_each_case_its_differences_and_the_coverage()
    {
        using var folder = new TemporaryFolder();
        var cases = CopyCase(folder, "licence-and-hire");

        var run = CommandRun.Of("test", cases, "--format", "json", "--coverage");
        using var json = JsonDocument.Parse(run.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, json.RootElement.GetProperty("passed").GetInt32());
        var only = Assert.Single(json.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal("licence-and-hire", only.GetProperty("case").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("coverage").GetProperty("rulesFired").GetInt32());
        Assert.Equal(22, json.RootElement.GetProperty("coverage").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void Coverage_of_a_pack_in_its_worker_needs_the_in_process_flag()
    {
        using var folder = new TemporaryFolder();

        var run = CommandRun.Of("test", Repository.CatalogTests, "--coverage", "--rules", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("coverage observes the rules' own NRules session, and a --rules pack runs in a confined worker", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A copy of one of the catalog's test cases under <c>cases/</c> in <paramref name="folder"/>, for a test to change; returns the cases folder.</summary>
    private static string CopyCase(TemporaryFolder folder, string name)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.CatalogTests, name)))
        {
            folder.Copy(file, Path.Combine("cases", name, Path.GetFileName(file)));
        }

        return Path.Combine(folder.Path, "cases");
    }
}
