using System.Collections.Frozen;

namespace DealRules.Profiles;

/// <summary>Parameter values that replace a rule pack's defaults for an evaluation.</summary>
public sealed record Profile
{
    /// <summary>The profile that changes nothing: every parameter keeps its default.</summary>
    public static readonly Profile Default = new("default", new Dictionary<string, decimal>());

    /// <summary>Creates a profile.</summary>
    /// <param name="name">The name reports give it, usually the profile file's name.</param>
    /// <param name="values">Parameter values by name.</param>
    public Profile(string name, IReadOnlyDictionary<string, decimal> values)
    {
        Name = name;
        Values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>Parameter values by name; a parameter left out keeps its default.</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; }
}
