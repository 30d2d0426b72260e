using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// One finding as the <see cref="ReportSpool"/> holds it: a record of its sort key (what
/// <see cref="FindingOrder"/> compares, so runs merge without building findings), the finding itself
/// (<see cref="FindingSerializer"/>'s bytes, for reports read back as objects) and, when rendered, its
/// JSON exactly as <see cref="ReportJsonWriter"/> writes it inside the report's findings array.
/// </summary>
/// <remarks>
/// A record is <c>[int size of the rest][int key size][key][int finding size][finding][int JSON size][JSON]</c>,
/// integers little-endian. The key is the severity, then the rule id, deal ids, parties, message and facts,
/// each string as its length and UTF-16 code units, each list as its count and strings.
/// </remarks>
internal static class SpooledFinding
{
    /// <summary>Appends the record of <paramref name="finding"/> to <paramref name="stream"/> (through <paramref name="writer"/>, which writes to it).</summary>
    /// <param name="stream">The chunk of records being written.</param>
    /// <param name="writer">A writer to <paramref name="stream"/>.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="json">The finding's rendered JSON, or empty to render it when the report is written.</param>
    public static void Write(MemoryStream stream, BinaryWriter writer, Finding finding, ReadOnlySpan<byte> json)
    {
        var start = stream.Position;
        writer.Write(0);
        var keyStart = Begin(writer);
        writer.Write((int)finding.Severity);
        FindingSerializer.WriteString(writer, finding.RuleId);
        FindingSerializer.WriteStrings(writer, finding.DealIds);
        FindingSerializer.WriteStrings(writer, finding.Parties);
        FindingSerializer.WriteString(writer, finding.Message);
        FindingSerializer.WriteStrings(writer, finding.Facts);
        End(stream, writer, keyStart);
        var findingStart = Begin(writer);
        FindingSerializer.Write(writer, finding);
        End(stream, writer, findingStart);
        writer.Write(json.Length);
        writer.Write(json);
        End(stream, writer, start + 4);
    }

    private static long Begin(BinaryWriter writer)
    {
        writer.Write(0);
        return writer.BaseStream.Position;
    }

    /// <summary>Writes the size of what was written since <paramref name="contentStart"/> in the four bytes before it.</summary>
    private static void End(MemoryStream stream, BinaryWriter writer, long contentStart)
    {
        writer.Flush();
        BinaryPrimitives.WriteInt32LittleEndian(stream.GetBuffer().AsSpan((int)contentStart - 4), (int)(stream.Position - contentStart));
    }

    /// <summary>The parts of a record (without its leading size).</summary>
    public static void Split(ReadOnlySpan<byte> record, out int keyEnd, out int findingStart, out int findingEnd, out int jsonStart)
    {
        keyEnd = 4 + BinaryPrimitives.ReadInt32LittleEndian(record);
        findingStart = keyEnd + 4;
        findingEnd = findingStart + BinaryPrimitives.ReadInt32LittleEndian(record[keyEnd..]);
        jsonStart = findingEnd + 4;
    }

    /// <summary>The key of a record (without its leading size).</summary>
    public static ReadOnlySpan<byte> Key(ReadOnlySpan<byte> record) => record.Slice(4, BinaryPrimitives.ReadInt32LittleEndian(record));

    /// <summary>Compares two keys in <see cref="FindingOrder"/>'s order, without building either finding.</summary>
    public static int Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var order = ReadInt(ref y).CompareTo(ReadInt(ref x));
        order = order != 0 ? order : CompareText(ref x, ref y);
        order = order != 0 ? order : CompareTexts(ref x, ref y);
        order = order != 0 ? order : CompareTexts(ref x, ref y);
        order = order != 0 ? order : CompareText(ref x, ref y);
        return order != 0 ? order : CompareTexts(ref x, ref y);
    }

    /// <summary>The finding's identity in a baseline (<see cref="BaselineFinding.FindingIdentity"/>), from its key.</summary>
    public static string Identity(ReadOnlySpan<byte> key)
    {
        ReadInt(ref key);
        var identity = new StringBuilder();
        identity.Append(ReadText(ref key)).Append('\u001f');
        AppendJoined(identity, ref key);
        identity.Append('\u001f');
        AppendJoined(identity, ref key);
        return identity.ToString();
    }

    private static void AppendJoined(StringBuilder identity, ref ReadOnlySpan<byte> key)
    {
        var count = ReadInt(ref key);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                identity.Append('\u001e');
            }

            identity.Append(ReadText(ref key));
        }
    }

    private static int ReadInt(ref ReadOnlySpan<byte> key)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(key);
        key = key[4..];
        return value;
    }

    private static ReadOnlySpan<char> ReadText(ref ReadOnlySpan<byte> key)
    {
        var bytes = ReadInt(ref key) * 2;
        var text = MemoryMarshal.Cast<byte, char>(key[..bytes]);
        key = key[bytes..];
        return text;
    }

    /// <summary>As <see cref="string.CompareOrdinal(string, string)"/>: code unit by code unit, then the shorter first.</summary>
    private static int CompareText(ref ReadOnlySpan<byte> x, ref ReadOnlySpan<byte> y) => ReadText(ref x).SequenceCompareTo(ReadText(ref y));

    /// <summary>As <see cref="FindingOrder"/> compares lists: entry by entry, then the shorter first.</summary>
    private static int CompareTexts(ref ReadOnlySpan<byte> x, ref ReadOnlySpan<byte> y)
    {
        var xCount = ReadInt(ref x);
        var yCount = ReadInt(ref y);
        for (var i = 0; i < Math.Min(xCount, yCount); i++)
        {
            var order = CompareText(ref x, ref y);
            if (order != 0)
            {
                return order;
            }
        }

        if (xCount != yCount)
        {
            return xCount.CompareTo(yCount);
        }

        return 0;
    }
}
