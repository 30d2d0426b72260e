namespace DealRules.Model;

/// <summary>
/// How a reported figure bounds the real one (format 2). A figure written as a plain number is
/// <see cref="Exact"/>; <c>{ "upTo": 4000000000 }</c> is <see cref="UpTo"/>, and so on.
/// </summary>
public enum AmountQualifier
{
    /// <summary>The figure as stated, with no qualifier: "$10B".</summary>
    Exact,
    /// <summary>A ceiling: "up to $4B". The real figure may be lower.</summary>
    UpTo,
    /// <summary>A floor: "at least $6.3B", "more than $10B". The real figure may be higher.</summary>
    AtLeast,
    /// <summary>An approximation: "about $3B a year", "roughly 1 GW".</summary>
    About,
}
