using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace DealRules.Documents;

/// <summary>
/// Property names: duplicates, found when an object is opened, and the names each reader was asked
/// for, which tell unknown properties from known ones. Names written without escapes (nearly all) are
/// compared as the UTF-8 bytes in the document, so no name is made a string unless a problem shows it.
/// </summary>
internal sealed partial class JsonObjectReader
{
    /// <summary>Up to this many properties, duplicate names are found without a set of names.</summary>
    private const int FewProperties = 64;

    /// <summary>A list of names asked for that the last document read on this thread is done with.</summary>
    [ThreadStatic]
    private static AskedNames? spareAsked;

    private static JsonObjectReader? Open(JsonElement element, PendingLocation location, ProblemCollector problems, AskedNames asked)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(location.ToString(), $"expected an object, found {Describe(element)}");
            return null;
        }

        var count = 0;
        var escaped = false;
        foreach (var property in element.EnumerateObject())
        {
            count++;
            escaped |= JsonMarshal.GetRawUtf8PropertyName(property).Contains((byte)'\\');
        }

        if (escaped || count > FewProperties)
        {
            if (!RejectDuplicateNames(element, location, problems))
            {
                return null;
            }
        }
        else
        {
            RejectDuplicateRawNames(element, location, problems);
        }

        return new JsonObjectReader(element, location, problems, asked, escaped);
    }

    /// <summary>Duplicates among names written without escapes: two names are the same exactly when their UTF-8 bytes are.</summary>
    private static void RejectDuplicateRawNames(JsonElement element, PendingLocation location, ProblemCollector problems)
    {
        // A 64-bit sketch of the names so far: only a name whose bit is already set is compared with the earlier names.
        var sketch = 0UL;
        var index = 0;
        foreach (var property in element.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            var bit = 1UL << (name.IsEmpty ? 0 : (name.Length * 7 + name[0] + name[^1] * 3) & 63);
            if ((sketch & bit) != 0 && AppearsBefore(element, name, index))
            {
                problems.Add(JsonPath.Property(location.ToString(), property.Name), "duplicate property; each property may appear once");
            }

            sketch |= bit;
            index++;
        }
    }

    private static bool AppearsBefore(JsonElement element, ReadOnlySpan<byte> name, int index)
    {
        foreach (var earlier in element.EnumerateObject())
        {
            if (index-- == 0)
            {
                return false;
            }

            if (JsonMarshal.GetRawUtf8PropertyName(earlier).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Duplicates among unescaped names; false, with a problem, when a name is not valid text.</summary>
    private static bool RejectDuplicateNames(JsonElement element, PendingLocation location, ProblemCollector problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (TextOf(property, problems, location) is not { } name)
            {
                return false;
            }

            if (!seen.Add(name))
            {
                problems.Add(JsonPath.Property(location.ToString(), name), "duplicate property; each property may appear once");
            }
        }

        return true;
    }

    private bool WasAsked(JsonProperty property)
    {
        var raw = escaped ? default : JsonMarshal.GetRawUtf8PropertyName(property);
        for (var at = askedFrom; at < asked.Count; at++)
        {
            var (reader, name, _) = asked[at];
            if (reader == this && (escaped ? property.NameEquals(name) : raw.Length == name.Length && Ascii.Equals(raw, name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names this object was asked for, each once and in ordinal order, for "expected one of" messages.</summary>
    private IEnumerable<string> ExpectedNames()
    {
        var names = new List<string>();
        for (var at = askedFrom; at < asked.Count; at++)
        {
            if (asked[at] is { Expected: true } name && name.Reader == this)
            {
                names.Add(name.Name);
            }
        }

        return names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    /// <summary>A name a reader asked for (or tolerated, when not <paramref name="Expected"/>).</summary>
    private readonly record struct AskedName(JsonObjectReader Reader, string Name, bool Expected);
}
