using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Strategic.Chip;

/// <summary>The sentences CHIP001 and CHIP002 say about the same mandate, from the two sides.</summary>
internal static class ChipMandateWording
{
    /// <summary>The mandate's workloads, each once, in the order of their values.</summary>
    /// <remarks>
    /// A loop over their numbers, not <c>Distinct().Order()</c> over the workloads: LINQ over an enum is
    /// generic code over a value type that no ReadyToRun image holds, a score of methods compiled on first use.
    /// </remarks>
    public static IReadOnlyList<string> Workloads(ChipMandateFact mandate)
    {
        var numbers = new List<int>(mandate.Workloads.Count);
        foreach (var workload in mandate.Workloads)
        {
            if (!numbers.Contains((int)workload))
            {
                numbers.Add((int)workload);
            }
        }

        numbers.Sort();
        var names = new string[numbers.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Wording.Name((Workload)numbers[i]);
        }

        return names;
    }

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
