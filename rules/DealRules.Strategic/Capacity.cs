using DealRules.Authoring;

namespace DealRules.Strategic;

/// <summary>
/// What catalog 2 takes committed capacity to be worth where only gigawatts were disclosed: the one
/// parameter every money rule of catalog 2 reads, declared once, here.
/// </summary>
public static class Capacity
{
    /// <summary><c>capacity.dollarsPerGw</c>, default 50,000,000,000: the value of a gigawatt of committed capacity whose amount is undisclosed.</summary>
    public static readonly ParameterDefinition DollarsPerGw = new("capacity.dollarsPerGw", 50_000_000_000m, ParameterKind.Amount,
        "Catalog 2 values a gigawatt of committed capacity whose amount is undisclosed at this much (an estimate, marked as one).");
}
