using DealRules.Authoring;
using DealRules.Reporting;

namespace DealRules.Portfolios;

/// <summary>Findings compared whole, as the spool writes them: what appeared and what disappeared between two lists.</summary>
internal static class FindingDifference
{
    /// <summary>The findings only in <paramref name="after"/> and only in <paramref name="before"/>, each in report order (equal findings matched one for one).</summary>
    public static (List<Finding> Appeared, List<Finding> Disappeared) Between(List<Finding> before, List<Finding> after)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in before)
        {
            remaining[Key(finding)] = remaining.GetValueOrDefault(Key(finding)) + 1;
        }

        var appeared = new List<Finding>();
        foreach (var finding in after)
        {
            var key = Key(finding);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
            }
            else
            {
                appeared.Add(finding);
            }
        }

        var disappeared = new List<Finding>();
        foreach (var finding in before)
        {
            var key = Key(finding);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
                disappeared.Add(finding);
            }
        }

        appeared.Sort(FindingOrder.Instance);
        disappeared.Sort(FindingOrder.Instance);
        return (appeared, disappeared);
    }

    /// <summary>A finding's whole content, as the spool writes it: two findings are the same when every field is.</summary>
    private static string Key(Finding finding)
    {
        using var buffer = new MemoryStream();
        using (var writer = FindingSerializer.Writer(buffer))
        {
            FindingSerializer.Write(writer, finding);
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
