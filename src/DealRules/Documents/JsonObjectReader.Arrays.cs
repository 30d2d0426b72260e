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
            if (item.ValueKind != JsonValueKind.String)
            {
                Mismatch(item, at, "a string");
            }
            else if (TextOf(item, at) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    /// <summary>The numbers of the enum values named (see <see cref="JsonEnumNames"/> for why numbers).</summary>
    public int[] Enums(string name, JsonEnumNames names, bool required = false)
    {
        if (!TryGetArray(name, required, out var array))
        {
            return [];
        }

        var items = new int[array.GetArrayLength()];
        var count = 0;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = new PendingLocation(this, name, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                Mismatch(item, at, "a string");
            }
            else if (ReadEnum(item, at, names) is { } value)
            {
                items[count++] = value;
            }
        }

        return count == items.Length ? items : items[..count];
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
