using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Reporting;

namespace DealRules.Cli.Output;

/// <summary>
/// Writes findings as SARIF 2.1.0 (written with System.Text.Json; checked against the OASIS schema in
/// the tests): one result per finding, located at the line and column where the first fact it rests
/// on starts in its deal file, with the other facts as related locations; a stable fingerprint from
/// the finding's identity (rule, deals, parties); and, against a baseline, each result's
/// <c>baselineState</c> with gone findings as <c>absent</c> results.
/// </summary>
internal static class SarifReportWriter
{
    private const string Schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Where a deal's document is and where its entries start.</summary>
    public sealed record DealFile(string Source, IReadOnlyDictionary<string, TextPosition> Positions);

    public static void Write(
        Stream stream, RulePack pack, EvaluationReport header, IEnumerable<Finding> findings, IReadOnlyDictionary<string, DealFile> files,
        Baseline? baseline, CancellationToken interrupted)
    {
        var rules = pack.Rules.Select((r, i) => (r, i)).ToDictionary(x => x.r.Id, x => x.i, StringComparer.Ordinal);
        var comparison = baseline?.Compare();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, pack);
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                interrupted.ThrowIfCancellationRequested();
                WriteResult(json, finding, rules, files, comparison?.Next(finding));
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }

            foreach (var gone in comparison?.Gone() ?? [])
            {
                WriteAbsent(json, gone, rules);
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("profile", header.Profile);
            json.WriteNumber("rulesEvaluated", header.Summary.RulesEvaluated);
            json.WriteNumber("deals", header.Deals.Count);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    private static void WriteTool(Utf8JsonWriter json, RulePack pack)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "dealrules");
        json.WriteString("semanticVersion", typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in pack.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.ClassName);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", Wording.Name(rule.Category));
            json.WriteString("perspective", Wording.Name(rule.Perspective));
            json.WriteString("severity", Wording.Name(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> rules, IReadOnlyDictionary<string, DealFile> files, BaselineState? state)
    {
        json.WriteStartObject();
        WriteRuleReference(json, finding.RuleId, rules);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        var locations = finding.Facts.Select(f => Location(f, files)).Where(l => l is not null).ToArray();
        if (locations.Length > 0)
        {
            json.WriteStartArray("locations");
            WriteLocation(json, locations[0]!.Value, null);
            json.WriteEndArray();
        }

        if (locations.Length > 1)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 1; i < locations.Length; i++)
            {
                WriteLocation(json, locations[i]!.Value, i);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("dealRulesFinding/v1", Fingerprint(finding.RuleId, finding.DealIds, finding.Parties));
        json.WriteEndObject();
        if (state is { } known)
        {
            json.WriteString("baselineState", known == BaselineState.New ? "new" : "unchanged");
        }

        json.WriteStartObject("properties");
        json.WriteString("severity", Wording.Name(finding.Severity));
        json.WriteString("title", finding.Title);
        WriteStrings(json, "dealIds", finding.DealIds);
        WriteStrings(json, "parties", finding.Parties);
        WriteStrings(json, "facts", finding.Facts);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteAbsent(Utf8JsonWriter json, BaselineFinding finding, Dictionary<string, int> rules)
    {
        json.WriteStartObject();
        WriteRuleReference(json, finding.RuleId, rules);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("dealRulesFinding/v1", Fingerprint(finding.RuleId, finding.DealIds, finding.Parties));
        json.WriteEndObject();
        json.WriteString("baselineState", "absent");
        json.WriteStartObject("properties");
        json.WriteString("severity", Wording.Name(finding.Severity));
        WriteStrings(json, "dealIds", finding.DealIds);
        WriteStrings(json, "parties", finding.Parties);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRuleReference(Utf8JsonWriter json, string ruleId, Dictionary<string, int> rules)
    {
        json.WriteString("ruleId", ruleId);
        if (rules.TryGetValue(ruleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }
    }

    private static (string Uri, TextPosition Position, string Pointer)? Location(string fact, IReadOnlyDictionary<string, DealFile> files)
    {
        var hash = fact.IndexOf('#', StringComparison.Ordinal);
        if (hash <= 0 || !files.TryGetValue(fact[..hash], out var file))
        {
            return null;
        }

        var location = JsonLocations.FromPointer(fact[(hash + 1)..]);
        var position = file.Positions.TryGetValue(location, out var at) ? at
            : file.Positions.TryGetValue("$", out var root) ? root
            : new TextPosition(1, 1);
        return (Uri(file.Source), position, fact);
    }

    private static void WriteLocation(Utf8JsonWriter json, (string Uri, TextPosition Position, string Pointer) location, int? id)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", location.Uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Position.Line);
        json.WriteNumber("startColumn", location.Position.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", location.Pointer);
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A source as a URI reference: a relative path stays relative (with <c>/</c>), an absolute one becomes a <c>file:</c> URI.</summary>
    private static string Uri(string source)
    {
        var path = source.Replace('\\', '/');
        var escaped = string.Join('/', path.Split('/').Select(global::System.Uri.EscapeDataString));
        return path.StartsWith('/') ? "file://" + escaped : escaped;
    }

    private static string Fingerprint(string ruleId, IEnumerable<string> dealIds, IEnumerable<string> parties) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BaselineFinding.FindingIdentity(ruleId, dealIds, parties))))[..32];

    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
