using System.Globalization;

namespace DealRules.Authoring;

/// <summary>
/// A parameter a rule pack declares: name, default, kind and what it controls. A rule declares the
/// parameters it reads beside its <c>Define()</c>, as <c>static readonly</c> fields, and reads them
/// through them; the engine finds every such field of the pack (on a rule class, or on a class of the
/// pack for a parameter several rules read), and profiles set them by name:
/// <code>
/// public static readonly ParameterDefinition SpendBackHigh =
///     new("circular.spendBackHigh", 1.0m, ParameterKind.Ratio, "CIRC001 is high at this spend-back ratio.");
/// …
/// .Match(() => flow, f => f.Ratio >= parameters[SpendBackHigh]);
/// </code>
/// </summary>
/// <param name="Name">The parameter's name, such as <c>circular.spendBackHigh</c>.</param>
/// <param name="DefaultValue">The value used when a profile does not set it.</param>
/// <param name="Kind">What it measures; fixes its range.</param>
/// <param name="Description">What it controls.</param>
public sealed record ParameterDefinition(string Name, decimal DefaultValue, ParameterKind Kind, string? Description)
{
    /// <summary>The name of a parameter this one may not exceed, or null (see <see cref="RuleParameterAttribute.AtMost"/>).</summary>
    public string? AtMost { get; init; }

    /// <summary>The range of accepted values, in words, for error messages and listings.</summary>
    public string Range => Kind switch
    {
        ParameterKind.Percent => "0–100",
        ParameterKind.Ratio or ParameterKind.Multiple => "above 0",
        ParameterKind.Amount => "0 or more",
        ParameterKind.Count => "a whole number, 1 or more",
        _ => "any",
    };

    /// <summary>True when <paramref name="value"/> lies in the parameter's range.</summary>
    /// <param name="value">The candidate value.</param>
    public bool Accepts(decimal value) => Kind switch
    {
        ParameterKind.Percent => value is >= 0 and <= 100,
        ParameterKind.Ratio or ParameterKind.Multiple => value > 0,
        ParameterKind.Amount => value >= 0,
        ParameterKind.Count => value >= 1 && decimal.Truncate(value) == value,
        _ => true,
    };

    /// <summary>The default formatted for listings.</summary>
    public string DefaultText => DefaultValue.ToString(
        Kind switch
        {
            ParameterKind.Amount => "#,0.##",
            ParameterKind.Ratio or ParameterKind.Multiple => "0.0##",
            _ => "0.##",
        },
        CultureInfo.InvariantCulture);
}
