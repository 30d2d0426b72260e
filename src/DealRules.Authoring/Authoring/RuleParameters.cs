using System.Collections.Frozen;

namespace DealRules.Authoring;

/// <summary>
/// The parameter values in force for one evaluation: every declared parameter, at its default or at
/// the value the profile gives. Inserted into every session as a fact; rules match it and read values
/// in their conditions and actions through the <see cref="ParameterDefinition"/> they declare
/// (<c>parameters[SpendBackHigh]</c>), or by name.
/// </summary>
[SingleFact]
public sealed class RuleParameters
{
    private readonly FrozenDictionary<string, decimal> values;

    internal RuleParameters(string profileName, IEnumerable<KeyValuePair<string, decimal>> values)
    {
        ProfileName = profileName;
        this.values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The name of the profile the values come from (<c>default</c> when none was given).</summary>
    public string ProfileName { get; }

    /// <summary>The value of a declared parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <exception cref="KeyNotFoundException">The pack does not declare the parameter.</exception>
    public decimal this[string name] => values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"The rule pack declares no parameter '{name}'.");

    /// <summary>The value of a declared parameter: <c>parameters[SpendBackHigh]</c> for a field declared beside the rule.</summary>
    /// <param name="parameter">The parameter's declaration.</param>
    /// <exception cref="KeyNotFoundException">The pack does not declare the parameter.</exception>
    public decimal this[ParameterDefinition parameter] => this[parameter.Name];

    /// <summary>Every parameter and its value, ordered by name.</summary>
    public IEnumerable<KeyValuePair<string, decimal>> Values => values.OrderBy(v => v.Key, StringComparer.Ordinal);
}
