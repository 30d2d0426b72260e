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
    // Each name's position in the values, not a dictionary of decimals: a framework dictionary of a value
    // type is generic code that no ReadyToRun image holds, compiled on first use at every start; one of
    // positions (ints) is precompiled in the framework.
    private readonly Dictionary<string, int> positions;
    private readonly decimal[] values;

    /// <summary>The parameters <paramref name="names"/> with <paramref name="values"/> at the same positions (for a name given twice, the later).</summary>
    internal RuleParameters(string profileName, string[] names, decimal[] values)
    {
        ProfileName = profileName;
        this.values = values;
        positions = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            positions[names[i]] = i;
        }
    }

    /// <summary>The name of the profile the values come from (<c>default</c> when none was given).</summary>
    public string ProfileName { get; }

    /// <summary>The value of a declared parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <exception cref="KeyNotFoundException">The pack does not declare the parameter.</exception>
    public decimal this[string name] => positions.TryGetValue(name, out var at)
        ? values[at]
        : throw new KeyNotFoundException($"The rule pack declares no parameter '{name}'.");

    /// <summary>The value of a declared parameter: <c>parameters[SpendBackHigh]</c> for a field declared beside the rule.</summary>
    /// <param name="parameter">The parameter's declaration.</param>
    /// <exception cref="KeyNotFoundException">The pack does not declare the parameter.</exception>
    public decimal this[ParameterDefinition parameter] => this[parameter.Name];

    /// <summary>Every parameter and its value, ordered by name.</summary>
    public IEnumerable<KeyValuePair<string, decimal>> Values =>
        positions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, values[p.Value]));
}
