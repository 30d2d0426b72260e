using System.Buffers.Binary;
using System.Text;
using DealRules.Authoring;
using DealRules.Engine;

namespace DealRules.Compilation.Isolation;

/// <summary>What a message between the host and a worker is.</summary>
internal enum MessageKind : byte
{
    /// <summary>Worker: started and confined; carries what confines it.</summary>
    Ready = 1,

    /// <summary>Host: compile these sources.</summary>
    Compile = 2,

    /// <summary>Worker: the compiler's messages, and the image and the pack's catalog when it compiled.</summary>
    Compiled = 3,

    /// <summary>Host: load this compiled image.</summary>
    Load = 4,

    /// <summary>Worker: loaded; the pack's catalog.</summary>
    Loaded = 5,

    /// <summary>Host: evaluate these documents with these parameter values.</summary>
    Evaluate = 6,

    /// <summary>Worker: the findings and rule errors.</summary>
    Evaluated = 7,

    /// <summary>Worker: the request failed; why.</summary>
    Failed = 8,
}

/// <summary>
/// The framing between host and worker: a 4-byte little-endian length, then the message (its kind
/// byte and its body). Only data crosses: strings, numbers, bytes. Readers are bounded by the frame,
/// so a worker that sends garbage cannot make the host allocate more than the frame's cap.
/// </summary>
internal static class WorkerProtocol
{
    public static void Send(Stream stream, MessageKind kind, Action<BinaryWriter> body)
    {
        using var buffer = new MemoryStream();
        buffer.Write(stackalloc byte[4]);
        buffer.WriteByte((byte)kind);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            body(writer);
        }

        var frame = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - 4);
        stream.Write(frame);
        stream.Flush();
    }

    /// <summary>Reads one message; null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The frame is larger than <paramref name="maxBytes"/>, empty or cut short.</exception>
    public static (MessageKind Kind, BinaryReader Body)? Receive(Stream stream, int maxBytes)
    {
        Span<byte> header = stackalloc byte[4];
        var read = stream.ReadAtLeast(header, 4, throwOnEndOfStream: false);
        if (read == 0)
        {
            return null;
        }

        if (read < 4)
        {
            throw new InvalidDataException("The message was cut short.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 1 || length > maxBytes)
        {
            throw new InvalidDataException($"A message of {length} bytes is over the limit of {maxBytes}.");
        }

        var frame = new byte[length];
        if (stream.ReadAtLeast(frame, length, throwOnEndOfStream: false) < length)
        {
            throw new InvalidDataException("The message was cut short.");
        }

        return ((MessageKind)frame[0], new BinaryReader(new MemoryStream(frame, 1, length - 1, writable: false), Encoding.UTF8));
    }

    public static void WriteString(this BinaryWriter writer, string value, bool nullable)
    {
        if (nullable)
        {
            writer.Write(value is not null);
        }

        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>A string written with <see cref="BinaryWriter.Write(string)"/>, refused when it claims more bytes than are left.</summary>
    public static string ReadBoundedString(this BinaryReader reader)
    {
        var start = reader.BaseStream.Position;
        var length = Read7BitLength(reader);
        if (length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("A string is longer than the message.");
        }

        reader.BaseStream.Position = start;
        return reader.ReadString();
    }

    public static string? ReadOptionalString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadBoundedString() : null;

    /// <summary>A count of items, each at least <paramref name="bytesEach"/> bytes, refused when the message cannot hold them.</summary>
    public static int ReadCount(this BinaryReader reader, int bytesEach)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        return count >= 0 && (long)count * bytesEach <= left ? count : throw new InvalidDataException($"A count of {count} does not fit in the message.");
    }

    public static void WriteBytes(this BinaryWriter writer, byte[] bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    public static byte[] ReadBytes(this BinaryReader reader) => reader.ReadBytes(reader.ReadCount(1));

    public static void WriteMessages(this BinaryWriter writer, IReadOnlyList<CompilationMessage> messages)
    {
        writer.Write(messages.Count);
        foreach (var message in messages)
        {
            writer.Write(message.File);
            writer.Write(message.Line);
            writer.Write(message.Column);
            writer.Write(message.Id);
            writer.Write(message.Message);
        }
    }

    public static CompilationMessage[] ReadMessages(this BinaryReader reader)
    {
        var messages = new CompilationMessage[reader.ReadCount(12)];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = new CompilationMessage(reader.ReadBoundedString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoundedString(), reader.ReadBoundedString());
        }

        return messages;
    }

    /// <summary>A pack's catalog: its rules' entries and its parameters.</summary>
    public static void WritePack(this BinaryWriter writer, RulePack pack)
    {
        writer.Write(pack.Rules.Count);
        foreach (var rule in pack.Rules)
        {
            writer.Write(rule.Id);
            writer.Write(rule.Title);
            writer.Write((int)rule.Category);
            writer.Write((int)rule.Perspective);
            writer.Write((int)rule.DefaultSeverity);
            writer.Write(rule.RequiresFormat);
            writer.Write(rule.ClassName);
        }

        writer.Write(pack.Parameters.Count);
        foreach (var parameter in pack.Parameters)
        {
            writer.Write(parameter.Name);
            writer.Write(parameter.DefaultValue);
            writer.Write((int)parameter.Kind);
            writer.WriteString(parameter.Description!, nullable: true);
        }
    }

    /// <summary>Reads a pack's catalog, checking it as <see cref="RulePack.Describe"/> does.</summary>
    /// <exception cref="InvalidDataException">An enumeration value is out of range.</exception>
    /// <exception cref="RulePackException">An id is malformed or used twice, or a parameter is declared twice or out of range.</exception>
    public static RulePack ReadPack(this BinaryReader reader, string name)
    {
        var rules = new RuleInfo[reader.ReadCount(22)];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = new RuleInfo(reader.ReadBoundedString(), reader.ReadBoundedString(), Defined<Category>(reader.ReadInt32()),
                Defined<Perspective>(reader.ReadInt32()), Defined<Severity>(reader.ReadInt32()))
            {
                RequiresFormat = reader.ReadInt32(),
                ClassName = reader.ReadBoundedString(),
            };
        }

        var parameters = new ParameterDefinition[reader.ReadCount(22)];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new ParameterDefinition(reader.ReadBoundedString(), reader.ReadDecimal(), Defined<ParameterKind>(reader.ReadInt32()), reader.ReadOptionalString());
        }

        return RulePack.Describe(name, rules, parameters);
    }

    public static T Defined<T>(int value) where T : struct, Enum =>
        Enum.IsDefined(typeof(T), value) ? (T)Enum.ToObject(typeof(T), value) : throw new InvalidDataException($"{value} is not a {typeof(T).Name}.");

    private static int Read7BitLength(BinaryReader reader)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = reader.ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result >= 0 ? result : throw new InvalidDataException("A string length is negative.");
            }
        }

        throw new InvalidDataException("A string length is malformed.");
    }
}
