using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DealRules.Cli.Tests.Sarif;

/// <summary>Issue 14, item 18: SARIF 2.1.0 that code-scanning tools accept, located at the facts in the deal files.</summary>
public sealed class SarifReportTests
{
    /// <summary>
    /// The official schema (sarif-2.1/schema/sarif-schema-2.1.0.json of the OASIS sarif-spec repository,
    /// commit e0583813). It declares draft-04, which JsonSchema.Net does not evaluate; it uses no
    /// keyword whose meaning changed since, so it is evaluated as draft-07 (its "id" dropped: every
    /// reference in it is local).
    /// </summary>
    private static readonly Lazy<JsonSchema> Published = new(Schema);

    private static JsonSchema Schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    }

    private static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Published.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }

    [Fact]
    public void Sarif_of_every_sample_is_valid_against_the_published_schema()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Samples, "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        AssertValid(run.Out);
    }

    [Fact]
    public void Schema_check_catches_a_broken_report()
    {
        var broken = JsonNode.Parse(CommandRun.Of("evaluate", CommandRun.Example, "--format", "sarif").Out)!;
        broken["runs"]![0]!["results"]![0]!["level"] = "severe";

        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(broken.ToJsonString()));
    }

    [Fact]
    public void Each_result_points_at_the_line_and_column_of_its_first_fact()
    {
        var run = CommandRun.Of("evaluate", CommandRun.Example, "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Out);
        var circular = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CIRC001");
        var location = circular.GetProperty("locations")[0];
        Assert.Equal("error", circular.GetProperty("level").GetString());
        Assert.Equal("file://" + CommandRun.Example, location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(17, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()); // "investments": [ ⏎ {
        Assert.Equal(5, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("amazon-openai-2025-12#/investments/0", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("amazon-openai-2025-12#/computeCommitments/0", circular.GetProperty("relatedLocations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Relative_paths_stay_relative_and_are_escaped()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(CommandRun.Example, "my deals/amazon.json");
        var run = CliProcess.Shell($"cd '{folder.Path}' && $DEALRULES evaluate 'my deals' --format sarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"uri\": \"my%20deals/amazon.json\"", run.Out, StringComparison.Ordinal);
        AssertValid(run.Out);
    }

    [Fact]
    public void Against_a_baseline_results_carry_their_state_and_gone_ones_are_absent()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("old.json", CommandRun.Of("evaluate", CommandRun.Samples, "--format", "json").Out);

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--format", "sarif", "--baseline", baseline);

        Assert.Equal(0, run.ExitCode);
        AssertValid(run.Out);
        using var sarif = JsonDocument.Parse(run.Out);
        var states = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()).ToArray();
        Assert.Equal(9, states.Count(s => s == "unchanged"));
        Assert.Equal(22, states.Count(s => s == "absent"));
        Assert.DoesNotContain("new", states);
    }
}
