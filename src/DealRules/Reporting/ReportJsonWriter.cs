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

    /// <summary>The writer's options: indented with line feeds, relaxed escaping.</summary>
    internal static readonly JsonWriterOptions Options = new()
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
    internal static void Write(EvaluationReport header, IEnumerable<Finding> findings, Stream stream, Baseline? baseline = null) =>
        Write(header, (json, comparison) =>
        {
            foreach (var finding in findings)
            {
                WriteFinding(json, finding, comparison?.Next(finding));
                FlushWhenFull(json);
            }
        }, stream, baseline);

    /// <summary>Writes a report whose findings are written by <paramref name="writeFindings"/> (inside the findings array, each compared with the baseline when there is one).</summary>
    internal static void Write(EvaluationReport header, Action<Utf8JsonWriter, BaselineComparison?> writeFindings, Stream stream, Baseline? baseline)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            WriteReport(json, header, writeFindings, baseline?.Compare(), baseline?.Source);
        }

        stream.Write("\n"u8);
    }

    /// <summary>Hands what the writer holds to the stream once it holds more than <see cref="FlushThreshold"/> bytes.</summary>
    internal static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>
    /// Writes a finding rendered by <see cref="FindingJsonRenderer"/> without a baseline state, with <paramref name="state"/> added
    /// as <see cref="WriteFinding"/> would write it; <paramref name="scratch"/> holds the joined bytes and grows as needed.
    /// </summary>
    internal static void WriteRendered(Utf8JsonWriter json, ReadOnlySpan<byte> rendered, BaselineState? state, ref byte[] scratch)
    {
        if (state is not { } known)
        {
            json.WriteRawValue(rendered, skipInputValidation: true);
            return;
        }

        var property = known == BaselineState.New ? RenderedFindingParts.New : RenderedFindingParts.Unchanged;
        var body = rendered[..^RenderedFindingParts.Closing.Length];
        var length = body.Length + property.Length + RenderedFindingParts.Closing.Length;
        if (scratch.Length < length)
        {
            scratch = new byte[Math.Max(length, 2 * scratch.Length)];
        }

        body.CopyTo(scratch);
        property.CopyTo(scratch.AsSpan(body.Length));
        RenderedFindingParts.Closing.CopyTo(scratch.AsSpan(body.Length + property.Length));
        json.WriteRawValue(scratch.AsSpan(0, length), skipInputValidation: true);
    }

    /// <summary>The report as a string.</summary>
    /// <param name="report">The report.</param>
    public static string ToJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter json, EvaluationReport report, Action<Utf8JsonWriter, BaselineComparison?> writeFindings, BaselineComparison? comparison, string? baselineSource)
    {
        json.WriteStartObject();
        json.WriteNumber(ReportJsonNames.SchemaVersion, report.SchemaVersion);
        json.WriteString(ReportJsonNames.Profile, report.Profile);
        json.WriteStartArray(ReportJsonNames.Deals);
        foreach (var deal in report.Deals)
        {
            json.WriteStartObject();
            json.WriteString(ReportJsonNames.Id, deal.Id);
            json.WriteString(ReportJsonNames.Title, deal.Title);
            json.WriteString(ReportJsonNames.Status, EncodedEnumNames.Of(deal.Status));
            json.WriteString(ReportJsonNames.Source, deal.Source.Replace('\\', '/'));
            if (report.SchemaVersion >= 2 && deal.SupersededBy.Count > 0)
            {
                WriteStrings(json, ReportJsonNames.SupersededBy, deal.SupersededBy);
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(ReportJsonNames.Findings);
        writeFindings(json, comparison);

        json.WriteEndArray();
        json.WriteStartObject(ReportJsonNames.Summary);
        json.WriteNumber(ReportJsonNames.RulesEvaluated, report.Summary.RulesEvaluated);
        json.WriteNumber(ReportJsonNames.Findings, report.Summary.Findings);
        json.WriteStartObject(ReportJsonNames.BySeverity);
        foreach (var severity in SeverityOrder.MostSevereFirst)
        {
            json.WriteNumber(EncodedEnumNames.Of(severity), report.Summary.BySeverity.GetValueOrDefault(severity));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray(ReportJsonNames.Errors);
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString(ReportJsonNames.RuleId, error.RuleId);
            WriteStrings(json, ReportJsonNames.DealIds, error.DealIds);
            json.WriteString(ReportJsonNames.Message, error.Message);
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
        json.WriteStartObject(ReportJsonNames.Baseline);
        json.WriteString(ReportJsonNames.Source, source.Replace('\\', '/'));
        json.WriteNumber(ReportJsonNames.New, comparison.NewCount);
        json.WriteNumber(ReportJsonNames.Unchanged, comparison.UnchangedCount);
        json.WriteStartArray(ReportJsonNames.Gone);
        foreach (var finding in gone)
        {
            json.WriteStartObject();
            json.WriteString(ReportJsonNames.RuleId, finding.RuleId);
            json.WriteString(ReportJsonNames.Severity, EncodedEnumNames.Of(finding.Severity));
            WriteStrings(json, ReportJsonNames.DealIds, finding.DealIds);
            WriteStrings(json, ReportJsonNames.Parties, finding.Parties);
            json.WriteString(ReportJsonNames.Message, finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WriteFinding(Utf8JsonWriter json, Finding finding, BaselineState? state)
    {
        json.WriteStartObject();
        json.WriteString(ReportJsonNames.RuleId, finding.RuleId);
        json.WriteString(ReportJsonNames.Title, finding.Title);
        json.WriteString(ReportJsonNames.Category, EncodedEnumNames.Of(finding.Category));
        json.WriteString(ReportJsonNames.Severity, EncodedEnumNames.Of(finding.Severity));
        json.WriteString(ReportJsonNames.Perspective, EncodedEnumNames.Of(finding.Perspective));
        WriteStrings(json, ReportJsonNames.DealIds, finding.DealIds);
        WriteStrings(json, ReportJsonNames.Parties, finding.Parties);
        json.WriteString(ReportJsonNames.Message, finding.Message);
        json.WriteStartObject(ReportJsonNames.Evidence);
        foreach (var (name, value) in finding.Evidence.Values)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        WriteStrings(json, ReportJsonNames.Facts, finding.Facts);
        if (state is { } known)
        {
            json.WriteString(ReportJsonNames.Baseline, known == BaselineState.New ? ReportJsonNames.New : ReportJsonNames.Unchanged);
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

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
