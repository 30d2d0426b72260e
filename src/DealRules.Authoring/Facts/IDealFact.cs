namespace DealRules.Facts;

/// <summary>A fact that rests on one or more deal documents.</summary>
public interface IDealFact
{
    /// <summary>The ids of the deals the fact comes from.</summary>
    IEnumerable<string> DealIds { get; }
}
