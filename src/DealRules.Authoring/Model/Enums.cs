namespace DealRules.Model;

/// <summary>How far a deal has progressed, from a rumour to a closed or terminated transaction.</summary>
public enum DealStatus
{
    /// <summary>Heard of, not reported by a credible source.</summary>
    Rumored,
    /// <summary>Reported by the press; terms unconfirmed.</summary>
    Reported,
    /// <summary>Announced by the parties.</summary>
    Announced,
    /// <summary>Signed by the parties.</summary>
    Signed,
    /// <summary>Completed.</summary>
    Closed,
    /// <summary>Called off.</summary>
    Terminated,
}

/// <summary>What kind of business a party is.</summary>
public enum PartyKind
{
    /// <summary>A large cloud provider.</summary>
    Hyperscaler,
    /// <summary>A designer or maker of AI chips.</summary>
    Chipmaker,
    /// <summary>A developer of AI models.</summary>
    AiLab,
    /// <summary>A specialised GPU cloud.</summary>
    NeoCloud,
    /// <summary>A financial investor.</summary>
    Investor,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The form an investment takes.</summary>
public enum Instrument
{
    /// <summary>Shares in the investee.</summary>
    Equity,
    /// <summary>A note that converts into shares.</summary>
    Convertible,
    /// <summary>A share of future profits.</summary>
    ProfitInterest,
    /// <summary>A loan.</summary>
    Debt,
    /// <summary>Cloud or compute credits issued by the investor.</summary>
    Credits,
    /// <summary>The investor grants the investee shares or warrants in the investor itself.</summary>
    VendorWarrant,
}

/// <summary>What releases the money of an investment.</summary>
public enum InvestmentCondition
{
    /// <summary>Unconditional.</summary>
    None,
    /// <summary>Released at the investee's listing.</summary>
    Ipo,
    /// <summary>Released when a milestone is met.</summary>
    Milestone,
    /// <summary>Released as the investee buys the investor's products.</summary>
    Consumption,
}

/// <summary>An AI workload a chip mandate covers.</summary>
public enum Workload
{
    /// <summary>Training models.</summary>
    Training,
    /// <summary>Serving models.</summary>
    Inference,
}

/// <summary>The kind of a right that changes hands in a deal.</summary>
public enum RightKind
{
    /// <summary>A seat on the grantor's board.</summary>
    BoardSeat,
    /// <summary>A non-voting observer at the grantor's board.</summary>
    BoardObserver,
    /// <summary>A right to be consulted.</summary>
    Consultation,
    /// <summary>Access to the grantor's non-public information.</summary>
    Information,
    /// <summary>Early access to the grantor's models or products.</summary>
    EarlyAccess,
    /// <summary>Features reserved for the holder.</summary>
    ExclusiveFeatures,
    /// <summary>A licence to the grantor's intellectual property.</summary>
    IpLicense,
    /// <summary>A share of the grantor's revenue.</summary>
    RevenueShare,
}
