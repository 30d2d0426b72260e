using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace DealRules.Documents;

/// <summary>
/// Reads one JSON object into model values without stopping at the first problem: every wrong
/// type, bad value, duplicate key and unknown property is recorded with its location, so that a
/// rejected document lists all that is wrong with it at once. Format 2's qualified figures are read in
/// <c>JsonObjectReader.Figures.cs</c>, arrays in <c>JsonObjectReader.Arrays.cs</c>, single values
/// converted in <c>JsonObjectReader.Values.cs</c>.
/// </summary>
/// <remarks>
/// Most documents are valid, so a valid one pays only for its reads: locations are written out only
/// for problems (<see cref="PendingLocation"/>), duplicate and unknown properties are found by
/// comparing the raw UTF-8 names in the document (unescaped strings only for an object whose names
/// use escapes), and the names each object was asked for go to one list per document.
/// </remarks>
internal sealed partial class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly ProblemCollector problems;
    private readonly PendingLocation location;

    /// <summary>The names asked for by the readers of one document that are still reading, this one's from <see cref="askedFrom"/>.</summary>
    private readonly AskedNames asked;
    private readonly int askedFrom;

    /// <summary>True when a property name is written with an escape (<c>\u0061</c>): names are then compared unescaped.</summary>
    private readonly bool escaped;
    private string? path;

    private JsonObjectReader(JsonElement element, PendingLocation location, ProblemCollector problems, AskedNames asked, bool escaped)
    {
        this.element = element;
        this.location = location;
        this.problems = problems;
        this.asked = asked;
        askedFrom = asked.Count;
        this.escaped = escaped;
    }

    /// <summary>The object's JSON location, written out the first time a problem needs it.</summary>
    public string Path => path ??= location.ToString();

    /// <summary>Starts reading a document's root object; records a problem and returns null when the value is not one.</summary>
    public static JsonObjectReader? Open(JsonElement root, ProblemCollector problems)
    {
        var asked = spareAsked ?? new AskedNames();
        spareAsked = null;
        asked.CutTo(0);
        return Open(root, default, problems, asked);
    }

    /// <summary>Records every property that no read asked for.</summary>
    public void RejectUnknownProperties()
    {
        // The list of expected properties is built only for an object that has an unknown one: most have none.
        string? known = null;
        foreach (var property in element.EnumerateObject())
        {
            if (!WasAsked(property))
            {
                known ??= string.Join(", ", ExpectedNames());
                problems.Add(JsonPath.Property(Path, property.Name), $"unknown property; expected one of: {known}");
            }
        }

        // This object is read: the names it was asked for are no longer needed (its children's went before),
        // and once the root is read, the next document on this thread may have the list.
        asked.CutTo(askedFrom);
        if (askedFrom == 0)
        {
            spareAsked = asked;
        }
    }

    public string? String(string name, bool required = false) =>
        TryValue(name, required, "a string", JsonValueKind.String, out var value, out var at) ? TextOf(value, at) : null;

    public decimal? Number(string name, bool required = false) =>
        TryValue(name, required, "a number", JsonValueKind.Number, out var value, out var at) ? ReadDecimal(value, at) : null;

    /// <summary>
    /// Accepts a property that is no part of the format and is not read, such as <c>$schema</c>
    /// (which editors use to offer completion); it is left out of the list of expected properties.
    /// </summary>
    public void Tolerate(string name) => asked.Add(new AskedName(this, name, Expected: false));

    /// <summary>Records a problem at a property of this object, and marks the property as read.</summary>
    public void Problem(string name, string message)
    {
        Ask(name);
        problems.Add(new PendingLocation(this, name).ToString(), message);
    }

    /// <summary>True when the object has the property with a value other than null.</summary>
    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public int? Integer(string name, bool required = false) =>
        TryValue(name, required, "an integer", JsonValueKind.Number, out var value, out var at) ? ReadInteger(value, at) : null;

    public bool? Boolean(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var at))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add(at.ToString(), $"expected true or false, found {Describe(value)}");
        return null;
    }

    /// <summary>The number of the enum value named (see <see cref="JsonEnumNames"/> for why a number).</summary>
    public int? Enum(string name, JsonEnumNames names, bool required = false) =>
        TryValue(name, required, "a string", JsonValueKind.String, out var value, out var at) ? ReadEnum(value, at, names) : null;

    public DateOnly? Date(string name, bool required = false) =>
        TryValue(name, required, "a date (YYYY-MM-DD)", JsonValueKind.String, out var value, out var at) ? ReadDate(value, at) : null;

    public T? Object<T>(string name, Func<JsonObjectReader, T> read, bool required = false) where T : class =>
        TryGet(name, required, out var value, out var at) && Open(value, at, problems, asked) is { } reader
            ? Finish(reader, read)
            : null;

    private static T Finish<T>(JsonObjectReader reader, Func<JsonObjectReader, T> read)
    {
        var result = read(reader);
        reader.RejectUnknownProperties();
        return result;
    }

    /// <summary>
    /// The property's value when it is of <paramref name="kind"/>; false when it is missing, null or (with a
    /// problem) of another kind. Not generic over the value read: an instantiation over a value type
    /// (<c>decimal?</c>, an enum) is code the ReadyToRun image cannot hold, compiled on first use.
    /// </summary>
    private bool TryValue(string name, bool required, string expected, JsonValueKind kind, out JsonElement value, out PendingLocation at)
    {
        if (!TryGet(name, required, out value, out at))
        {
            return false;
        }

        if (value.ValueKind != kind)
        {
            Mismatch(value, at, expected);
            return false;
        }

        return true;
    }

    private void Ask(string name)
    {
        // Unknown properties are found by comparing a name's UTF-8 bytes with the characters asked for, one to one.
        Debug.Assert(Ascii.IsValid(name), "The format's property names are ASCII.");
        asked.Add(new AskedName(this, name, Expected: true));
    }

    private bool TryGet(string name, bool required, out JsonElement value, out PendingLocation at)
    {
        Ask(name);
        at = new PendingLocation(this, name);
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            problems.Add(at.ToString(), "required property is missing");
        }

        return false;
    }
}
