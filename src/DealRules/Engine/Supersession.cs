using DealRules.Documents;

namespace DealRules.Engine;

/// <summary>Which documents of a portfolio are replaced by others (format 2's <c>supersedes</c>).</summary>
public static class Supersession
{
    /// <summary>
    /// The ids of the documents that another document of the portfolio names in <c>supersedes</c>.
    /// A document superseded by one that is itself superseded stays superseded; an id that names no
    /// document of the portfolio supersedes nothing.
    /// </summary>
    /// <param name="documents">The portfolio.</param>
    public static HashSet<string> SupersededIds(IEnumerable<DealDocument> documents)
    {
        var list = documents as IReadOnlyCollection<DealDocument> ?? documents.ToList();
        var present = list.Select(d => d.Deal.Id).ToHashSet(StringComparer.Ordinal);
        var superseded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            foreach (var id in document.Deal.Supersedes)
            {
                if (present.Contains(id))
                {
                    superseded.Add(id);
                }
            }
        }

        return superseded;
    }

    /// <summary>For each superseded document, the ids of the documents that supersede it, sorted.</summary>
    /// <param name="documents">The portfolio.</param>
    public static Dictionary<string, string[]> SupersededBy(IEnumerable<DealDocument> documents)
    {
        var list = documents as IReadOnlyCollection<DealDocument> ?? documents.ToList();
        var present = list.Select(d => d.Deal.Id).ToHashSet(StringComparer.Ordinal);

        // Loops, not LINQ over (old, new) value tuples: that is generic code the ReadyToRun image cannot hold.
        var newer = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var document in list)
        {
            foreach (var old in document.Deal.Supersedes)
            {
                if (present.Contains(old))
                {
                    if (!newer.TryGetValue(old, out var ids))
                    {
                        newer[old] = ids = [];
                    }

                    ids.Add(document.Deal.Id);
                }
            }
        }

        var supersededBy = new Dictionary<string, string[]>(newer.Count, StringComparer.Ordinal);
        foreach (var entry in newer)
        {
            supersededBy[entry.Key] = entry.Value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }

        return supersededBy;
    }
}
