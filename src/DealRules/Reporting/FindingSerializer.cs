using System.Runtime.InteropServices;
using System.Text;
using DealRules.Authoring;

namespace DealRules.Reporting;

/// <summary>
/// Writes findings to a binary stream and reads them back exactly: every field, and evidence values
/// with their kind (number, flag, text, list of texts), so that a finding read back writes the same
/// report bytes as the original. Strings are stored as UTF-16 code units, so that even a lone
/// surrogate taken from a document comes back unchanged.
/// </summary>
internal static class FindingSerializer
{
    private const byte NumberValue = 1;
    private const byte FlagValue = 2;
    private const byte TextValue = 3;
    private const byte TextsValue = 4;

    public static void Write(BinaryWriter writer, Finding finding)
    {
        WriteString(writer, finding.RuleId);
        WriteString(writer, finding.Title);
        writer.Write((int)finding.Category);
        writer.Write((int)finding.Severity);
        writer.Write((int)finding.Perspective);
        WriteStrings(writer, finding.DealIds);
        WriteStrings(writer, finding.Parties);
        WriteString(writer, finding.Message);
        writer.Write(finding.Evidence.Values.Length);
        foreach (var (name, value) in finding.Evidence.Values)
        {
            WriteString(writer, name);
            switch (value)
            {
                case decimal number:
                    writer.Write(NumberValue);
                    writer.Write(number);
                    break;
                case bool flag:
                    writer.Write(FlagValue);
                    writer.Write(flag);
                    break;
                case string text:
                    writer.Write(TextValue);
                    WriteString(writer, text);
                    break;
                case IEnumerable<string> texts:
                    writer.Write(TextsValue);
                    WriteStrings(writer, texts.ToArray());
                    break;
                default:
                    // The report writes any other value as its text; so does the finding read back.
                    writer.Write(TextValue);
                    WriteString(writer, value.ToString() ?? string.Empty);
                    break;
            }
        }

        WriteStrings(writer, finding.Facts);
    }

    /// <summary>Reads a finding; with <paramref name="limits"/>, one whose lists or texts exceed them is refused before it is built.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a finding, or exceed the limits.</exception>
    public static Finding Read(BinaryReader reader, FindingLimits? limits = null)
    {
        var ruleId = ReadString(reader, limits);
        var title = ReadString(reader, limits);
        var category = (Category)reader.ReadInt32();
        var severity = (Severity)reader.ReadInt32();
        var perspective = (Perspective)reader.ReadInt32();
        var dealIds = ReadStrings(reader, limits);
        var parties = ReadStrings(reader, limits);
        var message = ReadString(reader, limits);
        var count = Count(reader, bytesEach: 5, limits?.MaxEvidence);
        var values = new KeyValuePair<string, object>[count];
        for (var i = 0; i < count; i++)
        {
            var name = ReadString(reader, limits);
            object value = reader.ReadByte() switch
            {
                NumberValue => ReadDecimal(reader),
                FlagValue => reader.ReadBoolean(),
                TextValue => ReadString(reader, limits),
                TextsValue => ReadStrings(reader, limits),
                var kind => throw new InvalidDataException($"Unknown evidence value kind {kind}."),
            };
            values[i] = KeyValuePair.Create(name, value);
        }

        // The arrays are the finding's own: handed over as immutable arrays, they are not copied again.
        return new Finding
        {
            RuleId = ruleId,
            Title = title,
            Category = category,
            Severity = severity,
            Perspective = perspective,
            DealIds = ImmutableCollectionsMarshal.AsImmutableArray(dealIds),
            Parties = ImmutableCollectionsMarshal.AsImmutableArray(parties),
            Message = message,
            Evidence = Evidence.Of(values),
            Facts = ImmutableCollectionsMarshal.AsImmutableArray(ReadStrings(reader, limits)),
        };
    }

    private static decimal ReadDecimal(BinaryReader reader)
    {
        try
        {
            return reader.ReadDecimal();
        }
        catch (IOException e)
        {
            throw new InvalidDataException("A number is not a decimal.", e);
        }
    }

    public static BinaryWriter Writer(Stream stream) => new(stream, Encoding.UTF8, leaveOpen: true);

    public static BinaryReader Reader(Stream stream) => new(stream, Encoding.UTF8, leaveOpen: true);

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteString(writer, value);
        }
    }

    public static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write(value.Length);
        writer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    private static string ReadString(BinaryReader reader, FindingLimits? limits = null)
    {
        var length = Count(reader, bytesEach: 2, limits?.MaxText);
        // BinaryReader buffers nothing ahead when only primitives are read, so the stream is where it left off.
        return string.Create(length, reader.BaseStream, static (chars, stream) => stream.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }

    /// <summary>
    /// A count read from the stream, checked against the bytes left, so that a damaged or hostile stream
    /// cannot make the reader allocate more than the stream holds.
    /// </summary>
    private static int Count(BinaryReader reader, int bytesEach, int? limit = null)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count > limit)
        {
            throw new InvalidDataException($"A count of {count} is over the limit of {limit}.");
        }

        return count >= 0 && (long)count * bytesEach <= left ? count : throw new InvalidDataException($"A count of {count} does not fit in the {left} bytes left.");
    }

    private static string[] ReadStrings(BinaryReader reader, FindingLimits? limits = null)
    {
        var values = new string[Count(reader, bytesEach: 4, limits?.MaxList)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString(reader, limits);
        }

        return values;
    }
}

/// <summary>What one finding read from an untrusted stream may hold.</summary>
/// <param name="MaxText">The longest text, in characters.</param>
/// <param name="MaxList">The most entries of a list (deal ids, parties, facts, a list in the evidence).</param>
/// <param name="MaxEvidence">The most named values of the evidence.</param>
internal sealed record FindingLimits(int MaxText, int MaxList, int MaxEvidence);
