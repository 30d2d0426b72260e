using DealRules.Authoring;
namespace DealRules.Reporting;

/// <summary>The report's order: severity (highest first), rule id, deal ids, parties; then message and facts so that no two findings tie.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    /// <summary>The comparer.</summary>
    public static readonly FindingOrder Instance = new();

    private FindingOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // Compared as numbers: Enum.CompareTo takes an object and boxes both severities on every comparison.
        var order = ((int)y.Severity).CompareTo((int)x.Severity);
        order = order != 0 ? order : string.CompareOrdinal(x.RuleId, y.RuleId);
        order = order != 0 ? order : CompareLists(x.DealIds, y.DealIds);
        order = order != 0 ? order : CompareLists(x.Parties, y.Parties);
        order = order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
        return order != 0 ? order : CompareLists(x.Facts, y.Facts);
    }

    private static int CompareLists(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Count.CompareTo(y.Count);
    }
}
