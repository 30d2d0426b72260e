namespace DealRules.Authoring;

/// <summary>How much a finding matters, from <see cref="Info"/> to <see cref="Critical"/>.</summary>
public enum Severity
{
    /// <summary>Worth knowing; no concern in itself.</summary>
    Info,
    /// <summary>A minor concern.</summary>
    Low,
    /// <summary>A concern a reviewer should weigh.</summary>
    Medium,
    /// <summary>A serious concern.</summary>
    High,
    /// <summary>A concern that should stop the deal as described.</summary>
    Critical,
}
