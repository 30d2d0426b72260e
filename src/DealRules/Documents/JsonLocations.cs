using System.Text;
using System.Text.Json;

namespace DealRules.Documents;

/// <summary>A place in a text file: line and column, both from 1 (columns in UTF-16 code units).</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>
/// Finds where JSON locations (<c>$.investments[0].amount</c>, the form problems use) start in a
/// document's text, in one pass over it. A location that is not in the document (a missing
/// property) gets the position of its nearest ancestor that is.
/// </summary>
public static class JsonLocations
{
    /// <summary>The positions of the locations asked for; a location in no part of the document is left out.</summary>
    /// <param name="utf8Json">The document's bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="locations">Locations in the <c>$.a[0].b</c> form.</param>
    public static IReadOnlyDictionary<string, TextPosition> Find(ReadOnlySpan<byte> utf8Json, IEnumerable<string> locations)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in locations)
        {
            for (var ancestor = location; ancestor is not null; ancestor = Parent(ancestor))
            {
                wanted.TryAdd(ancestor, ancestor);
            }
        }

        var found = Walk(utf8Json, wanted.Keys.ToHashSet(StringComparer.Ordinal));
        var result = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        foreach (var location in locations)
        {
            for (var ancestor = location; ancestor is not null; ancestor = Parent(ancestor))
            {
                if (found.TryGetValue(ancestor, out var position))
                {
                    result[location] = position;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>A fact pointer's path (<c>/investments/0</c>) as a location (<c>$.investments[0]</c>).</summary>
    /// <param name="pointer">The path part of a JSON pointer.</param>
    public static string FromPointer(string pointer)
    {
        var location = new StringBuilder(JsonPath.Root);
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit))
            {
                location.Append('[').Append(name).Append(']');
            }
            else
            {
                location.Append('.').Append(name);
            }
        }

        return location.ToString();
    }

    /// <summary>Gives the locations of problems their line and column in the document's text.</summary>
    internal static IReadOnlyList<DocumentProblem> Locate(ReadOnlySpan<byte> utf8Json, IReadOnlyList<DocumentProblem> problems)
    {
        var positions = Find(utf8Json, problems.Where(p => p.Line is null).Select(p => p.Location));
        return problems.Select(p => p.Line is null && positions.TryGetValue(p.Location, out var at) ? p with { Line = at.Line, Column = at.Column } : p).ToArray();
    }

    private static string? Parent(string location)
    {
        if (location == JsonPath.Root)
        {
            return null;
        }

        var cut = location.EndsWith(']') ? location.LastIndexOf('[') : location.LastIndexOf('.');
        return cut <= 0 ? JsonPath.Root : location[..cut];
    }

    private static Dictionary<string, TextPosition> Walk(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted)
    {
        var found = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        var bytes = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = DealDocumentReader.MaximumDepth });
        var text = new TextCounter(bytes);

        // Each open container: its location, whether it is an array, and the next index in it.
        var containers = new Stack<(string Location, bool Array, int Next)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                string? here = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = ProblemCollector.Location(JsonPath.Property(containers.Peek().Location, Name(ref reader)));
                        Record(found, wanted, ref text, property, (int)reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        continue;
                }

                if (containers.Count == 0)
                {
                    here = JsonPath.Root;
                    Record(found, wanted, ref text, here, (int)reader.TokenStartIndex);
                }
                else if (containers.Peek().Array)
                {
                    var (location, _, next) = containers.Pop();
                    containers.Push((location, true, next + 1));
                    here = ProblemCollector.Location(JsonPath.Index(location, next));
                    Record(found, wanted, ref text, here, (int)reader.TokenStartIndex);
                }
                else
                {
                    here = property!;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push((here, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // A document that does not parse has its syntax problem located by the parser already.
        }

        return found;
    }

    private static void Record(Dictionary<string, TextPosition> found, HashSet<string> wanted, ref TextCounter text, string location, int at)
    {
        if (wanted.Contains(location) && !found.ContainsKey(location))
        {
            found[location] = text.At(at);
        }
    }

    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }

    /// <summary>Turns byte offsets, asked for in increasing order, into lines and columns in one forward pass.</summary>
    private ref struct TextCounter(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;
        private int scanned;
        private int line = 1;
        private int column = 1;

        public TextPosition At(int offset)
        {
            for (; scanned < offset && scanned < bytes.Length; scanned++)
            {
                var b = bytes[scanned];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    column += b >= 0xF0 ? 2 : 1;
                }
            }

            return new TextPosition(line, column);
        }
    }
}
