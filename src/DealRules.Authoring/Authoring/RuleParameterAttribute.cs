namespace DealRules.Authoring;

/// <summary>
/// Declares a parameter of a whole rule pack on its assembly: its name, default and kind (which fixes
/// its range). Rules read it by name from the <see cref="RuleParameters"/> fact; a profile may change
/// its value. A parameter that rules read is better declared beside them, as a <c>static readonly</c>
/// <see cref="ParameterDefinition"/> field; both forms may be mixed, each name declared once.
/// </summary>
/// <param name="name">The parameter's name, <c>category.camelCaseName</c>.</param>
/// <param name="defaultValue">The value used when a profile does not set it.</param>
/// <param name="kind">What the parameter measures.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class RuleParameterAttribute(string name, double defaultValue, ParameterKind kind) : Attribute
{
    /// <summary>The parameter's name.</summary>
    public string Name { get; } = name;

    /// <summary>The value used when a profile does not set it.</summary>
    public double DefaultValue { get; } = defaultValue;

    /// <summary>What the parameter measures.</summary>
    public ParameterKind Kind { get; } = kind;

    /// <summary>A sentence saying what the parameter controls.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The name of a parameter this one may not exceed (a medium threshold below its high one); a
    /// profile that sets them the other way round is refused, since neither level could then fire in between.
    /// </summary>
    public string? AtMost { get; init; }
}
