using System.Globalization;

namespace DealRules.Facts;

/// <summary>
/// Orders fact pointers by deal id, then path, with array indexes compared as numbers (so <c>/rights/2</c>
/// precedes <c>/rights/10</c>); pointers that differ only in how a number is written (<c>/01</c>,
/// <c>/1</c>) are ordered ordinally, so that distinct pointers never compare equal.
/// </summary>
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

        ReadOnlySpan<char> left = x;
        ReadOnlySpan<char> right = y;
        while (true)
        {
            var leftEnd = left.IndexOf('/');
            var rightEnd = right.IndexOf('/');
            var leftSegment = leftEnd < 0 ? left : left[..leftEnd];
            var rightSegment = rightEnd < 0 ? right : right[..rightEnd];
            var order = int.TryParse(leftSegment, NumberStyles.Integer, CultureInfo.InvariantCulture, out var a)
                && int.TryParse(rightSegment, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b)
                ? a.CompareTo(b)
                : leftSegment.SequenceCompareTo(rightSegment);
            if (order != 0)
            {
                return order;
            }

            if (leftEnd < 0 || rightEnd < 0)
            {
                // The pointer with fewer segments comes first; then any spelling difference decides.
                return leftEnd < 0 && rightEnd < 0 ? string.CompareOrdinal(x, y) : leftEnd < 0 ? -1 : 1;
            }

            left = left[(leftEnd + 1)..];
            right = right[(rightEnd + 1)..];
        }
    }
}
