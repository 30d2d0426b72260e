using System.Text.Json;

namespace DealRules.Documents;

/// <summary>
/// Reads one JSON object into model values without stopping at the first problem: every wrong
/// type, bad value, duplicate key and unknown property is recorded with its location, so that a
/// rejected document lists all that is wrong with it at once. Format 2's qualified figures are read in
/// <c>JsonObjectReader.Figures.cs</c>, single values converted in <c>JsonObjectReader.Values.cs</c>.
/// </summary>
internal sealed partial class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly ProblemCollector problems;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly HashSet<string> tolerated = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, ProblemCollector problems)
    {
        this.element = element;
        Path = path;
        this.problems = problems;
    }

    public string Path { get; }

    /// <summary>Starts reading an object; records a problem and returns null when the value is not one.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, ProblemCollector problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"expected an object, found {Describe(element)}");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (TextOf(property, problems, path) is not { } name)
            {
                return null;
            }

            if (!seen.Add(name))
            {
                problems.Add(JsonPath.Property(path, name), "duplicate property; each property may appear once");
            }
        }

        return new JsonObjectReader(element, path, problems);
    }

    /// <summary>Records every property that no read asked for.</summary>
    public void RejectUnknownProperties()
    {
        // The list of expected properties is built only for an object that has an unknown one: most have none.
        string? known = null;
        foreach (var property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name) && !tolerated.Contains(property.Name))
            {
                known ??= string.Join(", ", read.Order(StringComparer.Ordinal));
                problems.Add(JsonPath.Property(Path, property.Name), $"unknown property; expected one of: {known}");
            }
        }
    }

    public string? String(string name, bool required = false) =>
        Value(name, required, "a string", JsonValueKind.String, TextOf);

    public decimal? Number(string name, bool required = false) =>
        Value(name, required, "a number", JsonValueKind.Number, ReadDecimal);

    /// <summary>
    /// Accepts a property that is no part of the format and is not read, such as <c>$schema</c>
    /// (which editors use to offer completion); it is left out of the list of expected properties.
    /// </summary>
    public void Tolerate(string name) => tolerated.Add(name);

    /// <summary>Records a problem at a property of this object, and marks the property as read.</summary>
    public void Problem(string name, string message)
    {
        read.Add(name);
        problems.Add(JsonPath.Property(Path, name), message);
    }

    /// <summary>True when the object has the property with a value other than null.</summary>
    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public int? Integer(string name, bool required = false) =>
        Value(name, required, "an integer", JsonValueKind.Number, ReadInteger);

    public bool? Boolean(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add(path, $"expected true or false, found {Describe(value)}");
        return null;
    }

    public T? Enum<T>(string name, bool required = false) where T : struct, Enum =>
        Value(name, required, "a string", JsonValueKind.String, ReadEnum<T>);

    public DateOnly? Date(string name, bool required = false) =>
        Value(name, required, "a date (YYYY-MM-DD)", JsonValueKind.String, ReadDate);

    public IReadOnlyList<string> Strings(string name, bool required = false) =>
        Array(name, required, (item, path) => item.ValueKind == JsonValueKind.String
            ? TextOf(item, path)
            : Mismatch<string>(item, path, "a string"));

    public IReadOnlyList<T> Enums<T>(string name, bool required = false) where T : struct, Enum =>
        Array(name, required, (item, path) => item.ValueKind == JsonValueKind.String
            ? ReadEnum<T>(item, path)
            : Mismatch<T?>(item, path, "a string")).OfType<T>().ToArray();

    public IReadOnlyList<T> Objects<T>(string name, Func<JsonObjectReader, T> read, bool required = false) =>
        Array(name, required, (item, path) => Open(item, path, problems) is { } reader ? Finish(reader, read) : default);

    public T? Object<T>(string name, Func<JsonObjectReader, T> read, bool required = false) where T : class =>
        TryGet(name, required, out var value, out var path) && Open(value, path, problems) is { } reader
            ? Finish(reader, read)
            : null;

    private static T Finish<T>(JsonObjectReader reader, Func<JsonObjectReader, T> read)
    {
        var result = read(reader);
        reader.RejectUnknownProperties();
        return result;
    }

    private List<T> Array<T>(string name, bool required, Func<JsonElement, string, T?> readItem)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, $"expected an array, found {Describe(value)}");
            return [];
        }

        var items = new List<T>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (readItem(item, JsonPath.Index(path, index++)) is { } result)
            {
                items.Add(result);
            }
        }

        return items;
    }

    private T? Value<T>(string name, bool required, string expected, JsonValueKind kind, Func<JsonElement, string, T?> convert)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return default;
        }

        return value.ValueKind == kind ? convert(value, path) : Mismatch<T>(value, path, expected);
    }

    private bool TryGet(string name, bool required, out JsonElement value, out string path)
    {
        read.Add(name);
        path = JsonPath.Property(Path, name);
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            problems.Add(path, "required property is missing");
        }

        return false;
    }
}
