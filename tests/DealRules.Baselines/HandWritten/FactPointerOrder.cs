namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The order findings list pointers in where a rule sorts them: by deal id, then segment by segment,
/// an array index as a number (<c>/rights/2</c> before <c>/rights/10</c>), ordinally otherwise, and
/// ordinally as a last resort so that distinct pointers never tie.
/// </summary>
internal sealed class FactPointerOrder : IComparer<string>
{
    public static readonly FactPointerOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        var xHash = x.IndexOf('#', StringComparison.Ordinal);
        var yHash = y.IndexOf('#', StringComparison.Ordinal);
        var byDeal = x.AsSpan(0, Math.Max(xHash, 0)).SequenceCompareTo(y.AsSpan(0, Math.Max(yHash, 0)));
        if (byDeal != 0)
        {
            return byDeal;
        }

        var xPath = x.AsSpan(xHash + 1);
        var yPath = y.AsSpan(yHash + 1);
        while (!xPath.IsEmpty && !yPath.IsEmpty)
        {
            var xSegment = Next(ref xPath);
            var ySegment = Next(ref yPath);
            var bySegment = int.TryParse(xSegment, out var xIndex) && int.TryParse(ySegment, out var yIndex)
                ? xIndex.CompareTo(yIndex)
                : xSegment.SequenceCompareTo(ySegment);
            if (bySegment != 0)
            {
                return bySegment;
            }
        }

        return xPath.IsEmpty && yPath.IsEmpty ? string.CompareOrdinal(x, y) : xPath.IsEmpty ? -1 : 1;
    }

    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> path)
    {
        path = path.TrimStart('/');
        var slash = path.IndexOf('/');
        var segment = slash < 0 ? path : path[..slash];
        path = slash < 0 ? [] : path[slash..];
        return segment;
    }
}
