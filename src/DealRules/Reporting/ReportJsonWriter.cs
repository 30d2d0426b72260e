using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Reporting;

/// <summary>
/// Writes a report as the JSON of the command-line contract. The output depends only on the report:
/// no clock, no machine, no culture, so the same input always gives the same bytes.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>Pending bytes above which the writer hands what it has to the stream, so a long report is never held whole.</summary>
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes the report to a stream as UTF-8, ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(EvaluationReport report, Stream stream) => Write(report, report.Findings, stream);

    /// <summary>Writes the report with each finding compared with a baseline: <c>"baseline": "new"</c> or <c>"unchanged"</c> on each, and what is gone at the end.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="baseline">The earlier report; null writes the report as <see cref="Write(EvaluationReport, Stream)"/> does.</param>
    public static void Write(EvaluationReport report, Stream stream, Baseline? baseline) => Write(report, report.Findings, stream, baseline);

    /// <summary>Writes a report whose findings come one at a time (from a <see cref="ReportSpool"/>), flushing as it goes.</summary>
    internal static void Write(EvaluationReport header, IEnumerable<Finding> findings, Stream stream, Baseline? baseline = null)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            WriteReport(json, header, findings, baseline?.Compare(), baseline?.Source);
        }

        stream.Write("\n"u8);
    }

    /// <summary>The report as a string.</summary>
    /// <param name="report">The report.</param>
    public static string ToJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter json, EvaluationReport report, IEnumerable<Finding> findings, BaselineComparison? comparison, string? baselineSource)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", report.SchemaVersion);
        json.WriteString("profile", report.Profile);
        json.WriteStartArray("deals");
        foreach (var deal in report.Deals)
        {
            json.WriteStartObject();
            json.WriteString("id", deal.Id);
            json.WriteString("title", deal.Title);
            json.WriteString("status", JsonEnumNames<DealStatus>.Name(deal.Status));
            json.WriteString("source", deal.Source.Replace('\\', '/'));
            if (report.SchemaVersion >= 2 && deal.SupersededBy.Count > 0)
            {
                WriteStrings(json, "supersededBy", deal.SupersededBy);
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            WriteFinding(json, finding, comparison?.Next(finding));
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("rulesEvaluated", report.Summary.RulesEvaluated);
        json.WriteNumber("findings", report.Summary.Findings);
        json.WriteStartObject("bySeverity");
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            json.WriteNumber(JsonEnumNames<Severity>.Name(severity), report.Summary.BySeverity.GetValueOrDefault(severity));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", error.RuleId);
            WriteStrings(json, "dealIds", error.DealIds);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (comparison is not null)
        {
            WriteBaseline(json, comparison, baselineSource!);
        }

        json.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineComparison comparison, string source)
    {
        var gone = comparison.Gone();
        json.WriteStartObject("baseline");
        json.WriteString("source", source.Replace('\\', '/'));
        json.WriteNumber("new", comparison.NewCount);
        json.WriteNumber("unchanged", comparison.UnchangedCount);
        json.WriteStartArray("gone");
        foreach (var finding in gone)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", JsonEnumNames<Severity>.Name(finding.Severity));
            WriteStrings(json, "dealIds", finding.DealIds);
            WriteStrings(json, "parties", finding.Parties);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, BaselineState? state)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("title", finding.Title);
        json.WriteString("category", JsonEnumNames<Category>.Name(finding.Category));
        json.WriteString("severity", JsonEnumNames<Severity>.Name(finding.Severity));
        json.WriteString("perspective", JsonEnumNames<Perspective>.Name(finding.Perspective));
        WriteStrings(json, "dealIds", finding.DealIds);
        WriteStrings(json, "parties", finding.Parties);
        json.WriteString("message", finding.Message);
        json.WriteStartObject("evidence");
        foreach (var (name, value) in finding.Evidence.Values)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        WriteStrings(json, "facts", finding.Facts);
        if (state is { } known)
        {
            json.WriteString("baseline", known == BaselineState.New ? "new" : "unchanged");
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case IEnumerable<string> texts:
                json.WriteStartArray();
                foreach (var text in texts)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

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
