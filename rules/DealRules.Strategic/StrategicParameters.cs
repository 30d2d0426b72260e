using DealRules.Authoring;
using DealRules.Strategic;

[assembly: RuleParameter(StrategicParameters.ChipHighSharePercent, 50, ParameterKind.Percent,
    Description = "CHIP001 is high when a binding mandate reserves at least this share of the workloads.")]
[assembly: RuleParameter(StrategicParameters.ChipConcentrationPercent, 80, ParameterKind.Percent,
    Description = "CHIP003 fires when this share of a buyer's chip-based commitments runs on one party's chips.")]
[assembly: RuleParameter(StrategicParameters.CloudMinimumProviders, 2, ParameterKind.Count,
    Description = "CLOUD003 fires when the permitted clouds belong to at least this many parties.")]
[assembly: RuleParameter(StrategicParameters.CloudConcentrationPercent, 75, ParameterKind.Percent,
    Description = "CLOUD004 fires when one provider receives this share of a buyer's commitments.")]
[assembly: RuleParameter(StrategicParameters.SpendBackMedium, 0.5, ParameterKind.Ratio,
    Description = "CIRC001 fires (medium) at this spend-back ratio.", AtMost = StrategicParameters.SpendBackHigh)]
[assembly: RuleParameter(StrategicParameters.SpendBackHigh, 1.0, ParameterKind.Ratio,
    Description = "CIRC001 is high at this spend-back ratio.")]
[assembly: RuleParameter(StrategicParameters.CycleMinimumAmount, 1_000_000_000, ParameterKind.Amount,
    Description = "CIRC003 counts only flows between two parties that sum to at least this amount.")]
[assembly: RuleParameter(StrategicParameters.SpeculativeMultiple, 2.0, ParameterKind.Multiple,
    Description = "VAL001 is low when the IPO target is at least this multiple of the post-money valuation.")]
[assembly: RuleParameter(StrategicParameters.AnchorAmount, 10_000_000_000, ParameterKind.Amount,
    Description = "STRAT001 fires when an investee's commitments to its investor reach this amount; STRAT002 when staged commitments do.")]
[assembly: RuleParameter(StrategicParameters.DollarsPerGw, 50_000_000_000, ParameterKind.Amount,
    Description = "Catalog 2 values a gigawatt of committed capacity whose amount is undisclosed at this much (an estimate, marked as one).")]
[assembly: RuleParameter(StrategicParameters.BuyBackMinimumAmount, 1_000_000_000, ParameterKind.Amount,
    Description = "CIRC005 fires when an investor's commitments to buy from its investee reach this amount.")]
[assembly: RuleParameter(StrategicParameters.BuyBackHigh, 1.0, ParameterKind.Ratio,
    Description = "CIRC005 is high when those commitments are at least this multiple of the investor's disclosed investment.")]
[assembly: RuleParameter(StrategicParameters.BuyerDependencePercent, 50, ParameterKind.Percent,
    Description = "CLOUD005 fires when one buyer holds this share of a provider's commitments.")]

namespace DealRules.Strategic;

/// <summary>The names of the strategic catalog's parameters, for rules and for profiles.</summary>
public static class StrategicParameters
{
    /// <summary><c>chip.highSharePercent</c>, default 50.</summary>
    public const string ChipHighSharePercent = "chip.highSharePercent";

    /// <summary><c>chip.concentrationPercent</c>, default 80.</summary>
    public const string ChipConcentrationPercent = "chip.concentrationPercent";

    /// <summary><c>cloud.minimumProviders</c>, default 2.</summary>
    public const string CloudMinimumProviders = "cloud.minimumProviders";

    /// <summary><c>cloud.concentrationPercent</c>, default 75.</summary>
    public const string CloudConcentrationPercent = "cloud.concentrationPercent";

    /// <summary><c>circular.spendBackMedium</c>, default 0.5.</summary>
    public const string SpendBackMedium = "circular.spendBackMedium";

    /// <summary><c>circular.spendBackHigh</c>, default 1.0.</summary>
    public const string SpendBackHigh = "circular.spendBackHigh";

    /// <summary><c>circular.cycleMinimumAmount</c>, default 1,000,000,000.</summary>
    public const string CycleMinimumAmount = "circular.cycleMinimumAmount";

    /// <summary><c>valuation.speculativeMultiple</c>, default 2.0.</summary>
    public const string SpeculativeMultiple = "valuation.speculativeMultiple";

    /// <summary><c>strategic.anchorAmount</c>, default 10,000,000,000.</summary>
    public const string AnchorAmount = "strategic.anchorAmount";

    /// <summary><c>capacity.dollarsPerGw</c>, default 50,000,000,000: what catalog 2 takes a gigawatt of AI capacity to be worth where only capacity was disclosed.</summary>
    public const string DollarsPerGw = "capacity.dollarsPerGw";

    /// <summary><c>circular.buyBackMinimumAmount</c>, default 1,000,000,000.</summary>
    public const string BuyBackMinimumAmount = "circular.buyBackMinimumAmount";

    /// <summary><c>circular.buyBackHigh</c>, default 1.0.</summary>
    public const string BuyBackHigh = "circular.buyBackHigh";

    /// <summary><c>cloud.buyerDependencePercent</c>, default 50.</summary>
    public const string BuyerDependencePercent = "cloud.buyerDependencePercent";
}
