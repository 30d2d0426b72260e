using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace DealRules.Reporting;

/// <summary>
/// Reads one run of <see cref="SpooledFinding"/> records, from the spool's file (through its own buffer, at its
/// own offset) or from memory; the current record stays where it is until the next one is read.
/// </summary>
internal sealed class SpoolRunReader
{
    private const int BufferSize = 1 << 16;

    private readonly SafeFileHandle? file;
    private long fileOffset;
    private byte[] buffer;
    private int position;
    private int end;
    private int remaining;
    private int recordStart;
    private int recordLength;

    /// <summary>A run of <paramref name="count"/> records at <paramref name="start"/> in <paramref name="file"/>.</summary>
    public SpoolRunReader(SafeFileHandle file, long start, int count)
    {
        this.file = file;
        fileOffset = start;
        buffer = new byte[BufferSize];
        remaining = count;
    }

    /// <summary>A run of <paramref name="count"/> records held whole in <paramref name="records"/>.</summary>
    public SpoolRunReader(byte[] records, int count)
    {
        buffer = records;
        end = records.Length;
        remaining = count;
    }

    /// <summary>The current record (without its leading size).</summary>
    public ReadOnlySpan<byte> Record => buffer.AsSpan(recordStart, recordLength);

    /// <summary>Moves to the next record; false when the run is over.</summary>
    /// <exception cref="InvalidDataException">The file ends inside a record.</exception>
    public bool Next()
    {
        if (remaining == 0)
        {
            return false;
        }

        remaining--;
        Fill(4);
        var length = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(position));
        Fill(4 + length);
        recordStart = position + 4;
        recordLength = length;
        position += 4 + length;
        return true;
    }

    /// <summary>The current record's finding, built.</summary>
    public Authoring.Finding Finding()
    {
        SpooledFinding.Split(Record, out _, out var findingStart, out var findingEnd, out _);
        using var stream = new MemoryStream(buffer, recordStart + findingStart, findingEnd - findingStart, writable: false);
        using var reader = FindingSerializer.Reader(stream);
        return FindingSerializer.Read(reader);
    }

    /// <summary>Makes sure <paramref name="count"/> bytes from the current position are in the buffer.</summary>
    private void Fill(int count)
    {
        if (end - position >= count)
        {
            return;
        }

        if (file is null)
        {
            throw new InvalidDataException("A spooled run ends inside a record.");
        }

        var kept = end - position;
        var target = count > buffer.Length ? new byte[Math.Max(count, 2 * buffer.Length)] : buffer;
        Buffer.BlockCopy(buffer, position, target, 0, kept);
        buffer = target;
        position = 0;
        end = kept;
        while (end < count)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(end), fileOffset);
            if (read == 0)
            {
                throw new InvalidDataException("The spool's file ends inside a record.");
            }

            end += read;
            fileOffset += read;
        }
    }
}
