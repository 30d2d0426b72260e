namespace DealRules.Facts;

/// <summary>Orders fact pointers by deal id, then path, with array indexes compared as numbers (so <c>/rights/2</c> precedes <c>/rights/10</c>).</summary>
public sealed class FactPointerComparer : IComparer<string>
{
    /// <summary>The comparer.</summary>
    public static readonly FactPointerComparer Instance = new();

    private FactPointerComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return Comparer<string?>.Default.Compare(x, y);
        }

        var left = x.Split('/');
        var right = y.Split('/');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
