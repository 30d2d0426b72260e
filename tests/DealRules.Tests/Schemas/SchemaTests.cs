using System.Text.Json;
using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Strategic;
using DealRules.Tests.Support;
using Json.Schema;

namespace DealRules.Tests.Schemas;

/// <summary>The published JSON Schemas accept every document, profile and report the project ships, and refuse what the reader refuses in shape.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Document = new(() => Load("deal-document.schema.json"));
    private static readonly Lazy<JsonSchema> Report = new(() => Load("report.schema.json"));
    private static readonly Lazy<JsonSchema> ProfileSchema = new(() => Load("profile.schema.json"));

    public static TheoryData<string> Documents => new(
        Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Corpus.Folder, "*.json"))
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> ReportSnapshots => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "report-snapshots"), "*.snap")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_shipped_document_validates_against_the_document_schema(string path)
    {
        AssertValid(Document.Value, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)));
    }

    [Theory]
    [MemberData(nameof(ReportSnapshots))]
    public void Every_report_snapshot_validates_against_the_report_schema(string snapshot)
    {
        AssertValid(Report.Value, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "report-snapshots", snapshot)));
    }

    [Fact]
    public void The_default_profile_validates_against_the_profile_schema()
    {
        AssertValid(ProfileSchema.Value, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "default-profile.json")));
    }

    [Fact]
    public void The_profile_schema_lists_exactly_the_catalog_parameters_with_their_defaults_and_ranges()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath("profile.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Where(p => p.Name != "$schema").ToArray();
        var pack = RulePack.FromAssemblyOf<StrategicRules>();

        Assert.Equal(pack.Parameters.Select(p => p.Name), properties.Select(p => p.Name));
        foreach (var (parameter, property) in pack.Parameters.Zip(properties))
        {
            Assert.Equal(parameter.DefaultValue, property.Value.GetProperty("default").GetDecimal());
            var (minimum, exclusive, maximum) = parameter.Kind switch
            {
                ParameterKind.Percent => ("minimum", false, (decimal?)100m),
                ParameterKind.Ratio or ParameterKind.Multiple => ("exclusiveMinimum", true, null),
                ParameterKind.Count => ("minimum", false, null),
                _ => ("minimum", false, null),
            };
            Assert.True(property.Value.TryGetProperty(minimum, out _), $"{parameter.Name} has no {minimum}");
            Assert.Equal(exclusive, property.Value.TryGetProperty("exclusiveMinimum", out _));
            Assert.Equal(maximum, property.Value.TryGetProperty("maximum", out var max) ? max.GetDecimal() : null);
        }
    }

    [Theory]
    [InlineData("""{ "upTo": 4000000000 }""", true)]
    [InlineData("""{ "upTo": 4000000000, "about": 1 }""", false)]
    [InlineData("""{ "roughly": 4000000000 }""", false)]
    [InlineData("-1", false)]
    public void A_format_2_amount_is_a_number_or_one_qualifier(string amount, bool valid)
    {
        Assert.Equal(valid, IsValid(Document.Value, Format2Deal(amount)));
    }

    [Fact]
    public void A_qualified_amount_in_a_format_1_document_is_refused()
    {
        Assert.False(IsValid(Document.Value, Format2Deal("""{ "upTo": 4000000000 }""").Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_top_level_schema_property_is_allowed_and_an_unknown_property_is_not()
    {
        Assert.True(IsValid(Document.Value, Format2Deal("1").Replace("{ \"schemaVersion\"", "{ \"$schema\": \"x\", \"schemaVersion\"", StringComparison.Ordinal)));
        Assert.False(IsValid(Document.Value, Format2Deal("1").Replace("{ \"schemaVersion\"", "{ \"shcemaVersion\": 2, \"schemaVersion\"", StringComparison.Ordinal)));
    }

    private static string Format2Deal(string amount) =>
        "{ \"schemaVersion\": 2, \"id\": \"d\", \"title\": \"t\", \"status\": \"signed\", " +
        "\"parties\": [ { \"id\": \"a\", \"name\": \"A\", \"kind\": \"other\" }, { \"id\": \"b\", \"name\": \"B\", \"kind\": \"ai-lab\" } ], " +
        $"\"investments\": [ {{ \"investor\": \"a\", \"investee\": \"b\", \"instrument\": \"equity\", \"amount\": {amount} }} ] }}";

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(SchemaPath(name)));

    private static string SchemaPath(string name) => Path.Combine(AppContext.BaseDirectory, "schemas", name);

    private static bool IsValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
    }
}
