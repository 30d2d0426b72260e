namespace DealRules.Authoring;

/// <summary>What a rule parameter measures, which fixes the range of values a profile may give it.</summary>
public enum ParameterKind
{
    /// <summary>A percentage, 0 to 100.</summary>
    Percent,
    /// <summary>A ratio, above 0.</summary>
    Ratio,
    /// <summary>A multiple, above 0.</summary>
    Multiple,
    /// <summary>An amount of money, 0 or more.</summary>
    Amount,
    /// <summary>A whole number, 1 or more.</summary>
    Count,
}
