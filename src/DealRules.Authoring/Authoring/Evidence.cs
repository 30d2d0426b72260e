using System.Collections.Immutable;

namespace DealRules.Authoring;

/// <summary>
/// The named values a rule computed for a finding, in the order the rule gave them. Values are
/// numbers (<see cref="decimal"/>), strings, booleans or lists of strings.
/// </summary>
public sealed class Evidence
{
    /// <summary>Evidence with no values.</summary>
    public static readonly Evidence Empty = new([]);

    private Evidence(ImmutableArray<KeyValuePair<string, object>> values) => Values = values;

    /// <summary>The values, in the order they were added.</summary>
    public ImmutableArray<KeyValuePair<string, object>> Values { get; }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The value's name.</param>
    public object? this[string name] => Values.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>Evidence of values given in order, as repeated <see cref="With"/> would make it (a name given twice keeps its place and its last value), in linear time.</summary>
    internal static Evidence Of(IEnumerable<KeyValuePair<string, object>> values)
    {
        if (values.TryGetNonEnumeratedCount(out var count) && count <= ScanLimit)
        {
            return OfFew(values, count);
        }

        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, object>>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (places.TryGetValue(name, out var place))
            {
                builder[place] = KeyValuePair.Create(name, value);
            }
            else
            {
                places[name] = builder.Count;
                builder.Add(KeyValuePair.Create(name, value));
            }
        }

        return builder.Count == 0 ? Empty : new Evidence(builder.ToImmutable());
    }

    /// <summary>Up to this many values, names are found by a scan: cheaper than a dictionary for a few.</summary>
    private const int ScanLimit = 16;

    /// <summary><see cref="Of"/> for a few values: a later value of a name replaces the earlier one in its place.</summary>
    private static Evidence OfFew(IEnumerable<KeyValuePair<string, object>> values, int count)
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, object>>(count);
        foreach (var (name, value) in values)
        {
            var place = IndexOf(builder, name);
            if (place >= 0)
            {
                builder[place] = KeyValuePair.Create(name, value);
            }
            else
            {
                builder.Add(KeyValuePair.Create(name, value));
            }
        }

        return builder.Count == 0 ? Empty : new Evidence(builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable());
    }

    internal Evidence With(string name, object value)
    {
        var entry = KeyValuePair.Create(name, value);
        var index = -1;
        for (var i = 0; i < Values.Length && index < 0; i++)
        {
            index = Values[i].Key == name ? i : -1;
        }

        return new Evidence(index >= 0 ? Values.SetItem(index, entry) : Values.Add(entry));
    }

    /// <summary>The place of the value named <paramref name="name"/>, or -1: a plain scan, as evidence holds a few values.</summary>
    private static int IndexOf(ImmutableArray<KeyValuePair<string, object>>.Builder values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }
}
