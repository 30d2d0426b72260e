using System.Text.Json;

namespace DealRules.Documents;

/// <summary>Arrays of strings, enum names and objects, each wrong item recorded at its index.</summary>
internal sealed partial class JsonObjectReader
{
    public IReadOnlyList<string> Strings(string name, bool required = false)
    {
        if (!TryGetArray(name, required, out var array))
        {
            return new List<string>();
        }

        var items = new List<string>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = new PendingLocation(this, name, index++);
            if ((item.ValueKind == JsonValueKind.String ? TextOf(item, at) : Mismatch<string>(item, at, "a string")) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public IReadOnlyList<T> Enums<T>(string name, bool required = false) where T : struct, Enum
    {
        if (!TryGetArray(name, required, out var array))
        {
            return [];
        }

        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = new PendingLocation(this, name, index++);
            if ((item.ValueKind == JsonValueKind.String ? ReadEnum<T>(item, at) : Mismatch<T?>(item, at, "a string")) is { } value)
            {
                items.Add(value);
            }
        }

        return items.ToArray();
    }

    public IReadOnlyList<T> Objects<T>(string name, Func<JsonObjectReader, T> read, bool required = false)
    {
        if (!TryGetArray(name, required, out var array))
        {
            return new List<T>();
        }

        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (Open(item, new PendingLocation(this, name, index++), problems, asked) is { } reader && Finish(reader, read) is { } result)
            {
                items.Add(result);
            }
        }

        return items;
    }

    /// <summary>The property's array; false when it is missing, null or (with a problem) not an array.</summary>
    private bool TryGetArray(string name, bool required, out JsonElement array)
    {
        if (!TryGet(name, required, out array, out var at))
        {
            return false;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(at.ToString(), $"expected an array, found {Describe(array)}");
            return false;
        }

        return true;
    }
}
