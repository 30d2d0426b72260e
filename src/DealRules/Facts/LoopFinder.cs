namespace DealRules.Facts;

/// <summary>Strongly connected groups and shortest loops of three or more nodes in a small directed graph.</summary>
internal sealed class LoopFinder
{
    private readonly SortedDictionary<string, List<string>> next = new(StringComparer.Ordinal);

    public LoopFinder(IEnumerable<(string From, string To)> edges)
    {
        foreach (var (from, to) in edges)
        {
            Successors(from).Add(to);
            Successors(to);
        }

        foreach (var list in next.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }
    }

    /// <summary>The strongly connected groups (Tarjan, iterative), each sorted, ordered by their first id.</summary>
    public IReadOnlyList<IReadOnlyList<string>> StronglyConnectedGroups()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var groups = new List<IReadOnlyList<string>>();
        var counter = 0;

        foreach (var root in next.Keys)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, int Child)>();
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, child) = work.Pop();
                if (child == 0)
                {
                    index[node] = low[node] = counter++;
                    stack.Push(node);
                    onStack.Add(node);
                }

                var successors = next[node];
                if (child < successors.Count)
                {
                    work.Push((node, child + 1));
                    var successor = successors[child];
                    if (!index.TryGetValue(successor, out var successorIndex))
                    {
                        work.Push((successor, 0));
                    }
                    else if (onStack.Contains(successor))
                    {
                        low[node] = Math.Min(low[node], successorIndex);
                    }

                    continue;
                }

                if (low[node] == index[node])
                {
                    var group = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        group.Add(member);
                    }
                    while (member != node);
                    group.Sort(StringComparer.Ordinal);
                    groups.Add(group);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return groups.OrderBy(g => g[0], StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The shortest loop through three or more distinct nodes of the group, starting at its smallest
    /// node; among equal lengths, the lexicographically first. Null when the group only holds two-node loops.
    /// </summary>
    public IReadOnlyList<string>? ShortestLoop(IReadOnlyList<string> group)
    {
        var members = group.ToHashSet(StringComparer.Ordinal);
        for (var length = 3; length <= group.Count; length++)
        {
            foreach (var start in group)
            {
                var allowed = members.Where(m => string.CompareOrdinal(m, start) >= 0).ToHashSet(StringComparer.Ordinal);
                var distanceToStart = DistancesTo(start, allowed);
                var path = new List<string> { start };
                if (Extend(path, length, allowed, distanceToStart))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private bool Extend(List<string> path, int length, HashSet<string> allowed, Dictionary<string, int> distanceToStart)
    {
        var last = path[^1];
        if (path.Count == length)
        {
            return next[last].Contains(path[0]);
        }

        foreach (var candidate in next[last])
        {
            if (!allowed.Contains(candidate) || path.Contains(candidate)
                || !distanceToStart.TryGetValue(candidate, out var back) || path.Count + back > length)
            {
                continue;
            }

            path.Add(candidate);
            if (Extend(path, length, allowed, distanceToStart))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>Fewest steps from each allowed node to <paramref name="target"/>, moving only through allowed nodes.</summary>
    private Dictionary<string, int> DistancesTo(string target, HashSet<string> allowed)
    {
        var previous = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, successors) in next)
        {
            if (!allowed.Contains(from))
            {
                continue;
            }

            foreach (var to in successors.Where(allowed.Contains))
            {
                if (!previous.TryGetValue(to, out var list))
                {
                    previous[to] = list = [];
                }

                list.Add(from);
            }
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [target] = 0 };
        var queue = new Queue<string>([target]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var from in previous.GetValueOrDefault(node) ?? [])
            {
                if (distance.TryAdd(from, distance[node] + 1))
                {
                    queue.Enqueue(from);
                }
            }
        }

        return distance;
    }

    private List<string> Successors(string node)
    {
        if (!next.TryGetValue(node, out var list))
        {
            next[node] = list = [];
        }

        return list;
    }
}
