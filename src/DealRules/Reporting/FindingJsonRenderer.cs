using System.Buffers;
using System.Text.Json;
using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// Renders findings one at a time into the bytes <see cref="ReportJsonWriter"/> writes for each inside a
/// report's findings array: the line break and indentation before the object, then the object, without the
/// comma that separates it from the one before. A report then copies them with
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>, which adds the comma.
/// </summary>
/// <remarks>Not thread-safe: one renderer per thread.</remarks>
internal sealed class FindingJsonRenderer : IDisposable
{
    /// <summary>Bytes rendered above which the buffer starts again (so that it stays small).</summary>
    private const int ResetThreshold = 1 << 15;

    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly Utf8JsonWriter json;
    private int start;

    public FindingJsonRenderer()
    {
        json = new Utf8JsonWriter(buffer, ReportJsonWriter.Options);
        Begin();
    }

    /// <summary>The finding's bytes, valid until the next call.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="state">Its baseline state, when the report is compared with one.</param>
    public ReadOnlySpan<byte> Render(Finding finding, BaselineState? state = null)
    {
        if (buffer.WrittenCount > ResetThreshold)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            Begin();
        }

        ReportJsonWriter.WriteFinding(json, finding, state);
        json.Flush();
        var rendered = buffer.WrittenSpan[start..];
        start = buffer.WrittenCount;
        return rendered[0] == (byte)',' ? rendered[1..] : rendered;
    }

    /// <summary>Writes what comes before the first finding, so that findings are rendered at the depth they have in a report.</summary>
    private void Begin()
    {
        json.WriteStartObject();
        json.WriteStartArray(ReportJsonNames.Findings);
        json.Flush();
        start = buffer.WrittenCount;
    }

    public void Dispose() => json.Dispose();
}
