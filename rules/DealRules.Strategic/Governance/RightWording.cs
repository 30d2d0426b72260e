using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Strategic.Governance;

/// <summary>How governance rules name rights in a sentence.</summary>
internal static class RightWording
{
    /// <summary>The right in words: <c>a board seat</c>, <c>early access</c>, <c>consultation rights</c>.</summary>
    public static string Describe(RightKind kind) => kind switch
    {
        RightKind.BoardSeat => "a board seat",
        RightKind.BoardObserver => "a board observer right",
        RightKind.Information => "information rights",
        RightKind.EarlyAccess => "early access",
        RightKind.ExclusiveFeatures => "exclusive features",
        _ => Wording.Name(kind) + " rights",
    };
}
