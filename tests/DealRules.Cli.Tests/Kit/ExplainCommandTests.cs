using System.Text.Json;

namespace DealRules.Cli.Tests.Kit;

public sealed class ExplainCommandTests
{
    private static string ChipCase => Path.Combine(Repository.CatalogTests, "chip-concentration");

    [Fact]
    public void A_rule_that_did_not_fire_is_explained_by_its_first_failing_condition_and_the_values_it_compared()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File("strict.json", """{ "chip.concentrationPercent": 95 }""");

        var run = CommandRun.Of("explain", "chip003", ChipCase, "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CHIP003 Chip spend concentrated on one vendor: did not fire on 1 deal.", run.Out, StringComparison.Ordinal);
        Assert.Contains("  - RuleParameters (profile strict) + ChipShare of orin in tessel-labs's compute (tessel-compute-2026-09#/computeCommitments/0, tessel-compute-2026-09#/computeCommitments/1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("      1. true", run.Out, StringComparison.Ordinal);
        Assert.Contains("      2. FALSE  <- first condition that failed", run.Out, StringComparison.Ordinal);
        Assert.Contains("         parameters[ChipConcentrationRule.ConcentrationPercent] = 95", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"share\.SharePercentAt\(parameters\[Capacity\.DollarsPerGw\]\) = 90\n", run.Out);
    }

    [Fact]
    public void A_rule_that_fired_is_explained_with_its_firing_as_json()
    {
        var run = CommandRun.Of("explain", "CHIP003", ChipCase, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.True(json.RootElement.GetProperty("fired").GetBoolean());
        Assert.Single(json.RootElement.GetProperty("firings").EnumerateArray());
        // Two chip shares: Orin's 90% passes every condition, Stratus's 10% fails the threshold.
        var failing = json.RootElement.GetProperty("candidates").EnumerateArray()
            .Where(c => c.GetProperty("firstFailing").ValueKind != JsonValueKind.Null)
            .Select(c => c.GetProperty("firstFailing").GetProperty("number").GetInt32());
        Assert.Equal([2], failing);
    }

    [Fact]
    public void A_rule_no_fact_reached_says_which_facts_it_needs()
    {
        var run = CommandRun.Of("explain", "CIRC003", ChipCase);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CIRC003 Money flows in a loop: did not fire on 1 deal.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error_listing_the_rules()
    {
        var run = CommandRun.Of("explain", "NOPE001", ChipCase);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("dealrules: no rule 'NOPE001'; the rules are CHIP001, CHIP002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_in_its_worker_cannot_be_explained_without_the_in_process_flag()
    {
        using var folder = new TemporaryFolder();

        var run = CommandRun.Of("explain", "CIRC001", ChipCase, "--rules", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("add --rules-in-process for source you trust", run.Error, StringComparison.Ordinal);
    }
}
