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

    internal Evidence With(string name, object value)
    {
        var index = Values.IndexOf(Values.FirstOrDefault(v => v.Key == name));
        var entry = KeyValuePair.Create(name, value);
        return new Evidence(index >= 0 && Values[index].Key == name ? Values.SetItem(index, entry) : Values.Add(entry));
    }
}
