namespace DealRules.Authoring;

/// <summary>Whose interest a finding speaks for.</summary>
public enum Perspective
{
    /// <summary>The party that puts money in.</summary>
    Investor,
    /// <summary>The party that receives it.</summary>
    Investee,
    /// <summary>Regulators, competitors and the public.</summary>
    Market,
}
