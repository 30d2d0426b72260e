using DealRules.Authoring;
using DealRules.Facts;

namespace DealRules.Strategic.Chip;

/// <summary>The sentences CHIP001 and CHIP002 say about the same mandate, from the two sides.</summary>
internal static class ChipMandateWording
{
    public static IReadOnlyList<string> Workloads(ChipMandateFact mandate) =>
        mandate.Workloads.Distinct().Order().Select(Wording.Name).ToArray();

    public static string Restriction(ChipMandateFact mandate, InvestorLink link)
    {
        var chips = mandate.ChipsControlledBy(link.Investor.Id);
        var share = mandate.MinimumSharePercent is { } percent ? $"at least {Wording.Percent(percent)} of its " : "its ";
        var binding = mandate.Binding ? "a binding mandate" : "a non-binding mandate";
        return $"{link.Investee.Name} is to run {share}{Wording.List(Workloads(mandate))} on {Wording.List(chips)}, " +
               $"{(chips.Count == 1 ? "a chip" : "chips")} controlled by its investor {link.Investor.Name} ({binding}).";
    }

    public static string Validation(ChipMandateFact mandate, InvestorLink link)
    {
        var chips = mandate.ChipsControlledBy(link.Investor.Id);
        return $"{link.Investor.Name}'s {Wording.List(chips)} {(chips.Count == 1 ? "is" : "are")} named for {link.Investee.Name}'s " +
               $"{Wording.List(Workloads(mandate))}: a marquee workload for its own silicon.";
    }
}
