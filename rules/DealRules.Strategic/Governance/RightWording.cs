using DealRules.Model;

namespace DealRules.Strategic.Governance;

/// <summary>How governance rules name rights.</summary>
internal static class RightWording
{
    /// <summary>The right's kind as written in documents: <c>board-seat</c>, <c>early-access</c>.</summary>
    public static string Kind(RightKind kind) => kind switch
    {
        RightKind.BoardSeat => "board-seat",
        RightKind.BoardObserver => "board-observer",
        RightKind.Consultation => "consultation",
        RightKind.Information => "information",
        RightKind.EarlyAccess => "early-access",
        RightKind.ExclusiveFeatures => "exclusive-features",
        RightKind.IpLicense => "ip-license",
        RightKind.RevenueShare => "revenue-share",
        _ => kind.ToString(),
    };

    /// <summary>The right in words, for a sentence.</summary>
    public static string Describe(RightKind kind) => kind switch
    {
        RightKind.BoardSeat => "a board seat",
        RightKind.BoardObserver => "a board observer right",
        RightKind.Information => "information rights",
        RightKind.EarlyAccess => "early access",
        RightKind.ExclusiveFeatures => "exclusive features",
        _ => Kind(kind) + " rights",
    };
}
