using System.Buffers;
using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// Writes chunks of <see cref="SpooledFinding"/> records on one core, reusing its buffers from chunk to chunk;
/// each chunk is copied into an array rented from <see cref="ArrayPool{T}.Shared"/>, which its taker returns.
/// </summary>
internal sealed class SpoolChunkWriter(bool renderJson) : IDisposable
{
    private readonly MemoryStream stream = new(1 << 16);
    private BinaryWriter? writer;
    private readonly FindingJsonRenderer? renderer = renderJson ? new FindingJsonRenderer() : null;

    /// <summary>The records of <paramref name="findings"/> from <paramref name="start"/> up to <paramref name="end"/>, and their length in bytes.</summary>
    public (byte[] Array, int Length) Records(IReadOnlyList<Finding> findings, int start, int end)
    {
        stream.SetLength(0);
        writer ??= FindingSerializer.Writer(stream);
        for (var i = start; i < end; i++)
        {
            SpooledFinding.Write(stream, writer, findings[i], renderer is null ? default : renderer.Render(findings[i]));
        }

        writer.Flush();
        var length = (int)stream.Length;
        var records = ArrayPool<byte>.Shared.Rent(length);
        stream.GetBuffer().AsSpan(0, length).CopyTo(records);
        return (records, length);
    }

    public void Dispose()
    {
        writer?.Dispose();
        renderer?.Dispose();
    }
}
