using System.Buffers;
using System.Text.Json;

namespace DealRules.Reporting;

/// <summary>
/// The bytes <see cref="ReportJsonWriter"/> writes at the end of a finding inside a report, found once by
/// writing them at that depth: a rendered finding without a baseline state takes one by putting the state's
/// property before the closing brace.
/// </summary>
internal static class RenderedFindingParts
{
    /// <summary>The line break, indentation and brace that close a finding.</summary>
    public static readonly byte[] Closing;

    /// <summary><c>"baseline": "new"</c> after the facts, with the comma and indentation before it.</summary>
    public static readonly byte[] New;

    /// <summary><c>"baseline": "unchanged"</c> after the facts, with the comma and indentation before it.</summary>
    public static readonly byte[] Unchanged;

    static RenderedFindingParts()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, ReportJsonWriter.Options);
        json.WriteStartObject();
        json.WriteStartArray(ReportJsonNames.Findings);
        json.WriteStartObject();
        json.WriteStartArray(ReportJsonNames.Facts);
        json.WriteEndArray();
        New = Written(json, buffer, () => json.WriteString(ReportJsonNames.Baseline, ReportJsonNames.New));
        Unchanged = Written(json, buffer, () => json.WriteString(ReportJsonNames.Baseline, ReportJsonNames.Unchanged));
        Closing = Written(json, buffer, json.WriteEndObject);
    }

    private static byte[] Written(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Action write)
    {
        json.Flush();
        var start = buffer.WrittenCount;
        write();
        json.Flush();
        return buffer.WrittenSpan[start..].ToArray();
    }
}
