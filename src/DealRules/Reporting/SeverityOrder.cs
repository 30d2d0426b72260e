using DealRules.Authoring;
using DealRules.Documents;

namespace DealRules.Reporting;

/// <summary>The severities in the order reports list them: most severe first.</summary>
internal static class SeverityOrder
{
    /// <summary>
    /// Every severity, most severe first (the reverse of their values). An array of our own making: the
    /// generic <c>Enum.GetValues&lt;Severity&gt;().Reverse()</c> and the LINQ over it are code the ReadyToRun
    /// image cannot hold, compiled on first use at every start.
    /// </summary>
    public static readonly Severity[] MostSevereFirst = Reversed(JsonEnumNames.Severities.Numbers);

    /// <summary>A count of naught for every severity, most severe first.</summary>
    public static Dictionary<Severity, int> NoneOfEach()
    {
        var counts = new Dictionary<Severity, int>(MostSevereFirst.Length);
        foreach (var severity in MostSevereFirst)
        {
            counts.Add(severity, 0);
        }

        return counts;
    }

    private static Severity[] Reversed(ReadOnlySpan<int> numbers)
    {
        var severities = new Severity[numbers.Length];
        for (var at = 0; at < numbers.Length; at++)
        {
            severities[numbers.Length - 1 - at] = (Severity)numbers[at];
        }

        return severities;
    }
}
