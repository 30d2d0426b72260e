namespace DealRules.Facts;

/// <summary>
/// Strongly connected groups and shortest loops of three or more nodes in a small directed graph.
/// Nodes are numbered in ordinal order of their ids, so that every "smallest" and "first" below is
/// a comparison of numbers, and the search runs over arrays.
/// </summary>
/// <remarks>
/// Plain loops over arrays and lists of numbers, no LINQ, stacks or conversions over them: those are
/// generic code over a value type (an <c>int</c>, a tuple) that this assembly's ReadyToRun image cannot
/// hold, about 50 methods compiled on first use by every evaluation that looks for loops.
/// </remarks>
internal sealed class LoopFinder
{
    private readonly string[] ids;
    private readonly int[][] next;

    public LoopFinder((string From, string To)[] edges)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            distinct.Add(from);
            distinct.Add(to);
        }

        ids = [.. distinct];
        Array.Sort(ids, StringComparer.Ordinal);
        var number = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            number[ids[i]] = i;
        }

        var successors = new List<int>[ids.Length];
        foreach (var (from, to) in edges)
        {
            (successors[number[from]] ??= []).Add(number[to]);
        }

        next = new int[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            next[i] = successors[i] is { } list ? DistinctInOrder(list) : [];
        }
    }

    /// <summary>The strongly connected groups (Tarjan, iterative), each sorted, ordered by their first id.</summary>
    public IReadOnlyList<IReadOnlyList<string>> StronglyConnectedGroups()
    {
        var groups = Groups();
        var named = new IReadOnlyList<string>[groups.Count];
        for (var i = 0; i < named.Length; i++)
        {
            named[i] = Ids(groups[i]);
        }

        return named;
    }

    /// <summary>
    /// The shortest loop through three or more distinct nodes of the group, starting at its smallest
    /// node; among equal lengths, the lexicographically first. Null when the group only holds two-node loops.
    /// </summary>
    public IReadOnlyList<string>? ShortestLoop(IReadOnlyList<string> group)
    {
        var members = new List<int>(group.Count);
        foreach (var id in group)
        {
            if (Array.BinarySearch(ids, id, StringComparer.Ordinal) is var node and >= 0)
            {
                members.Add(node);
            }
        }

        members.Sort();
        var search = new LoopSearch(this, members.ToArray());
        return search.Shortest() is { } loop ? Ids(loop) : null;
    }

    private string[] Ids(int[] nodes)
    {
        var named = new string[nodes.Length];
        for (var i = 0; i < named.Length; i++)
        {
            named[i] = ids[nodes[i]];
        }

        return named;
    }

    private static int[] DistinctInOrder(List<int> nodes)
    {
        nodes.Sort();
        var distinct = new List<int>(nodes.Count);
        foreach (var node in nodes)
        {
            if (distinct.Count == 0 || distinct[^1] != node)
            {
                distinct.Add(node);
            }
        }

        return distinct.ToArray();
    }

    private List<int[]> Groups()
    {
        var count = ids.Length;
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new List<int>();

        // The depth-first walk still to do: a node, and the next of its successors to visit (0 when it is first reached).
        var workNodes = new List<int>();
        var workChildren = new List<int>();
        var groups = new List<int[]>();
        var counter = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            workNodes.Add(root);
            workChildren.Add(0);
            while (workNodes.Count > 0)
            {
                var node = workNodes[^1];
                var child = workChildren[^1];
                workNodes.RemoveAt(workNodes.Count - 1);
                workChildren.RemoveAt(workChildren.Count - 1);
                if (child == 0)
                {
                    index[node] = low[node] = counter++;
                    stack.Add(node);
                    onStack[node] = true;
                }

                var successors = next[node];
                if (child < successors.Length)
                {
                    workNodes.Add(node);
                    workChildren.Add(child + 1);
                    var successor = successors[child];
                    if (index[successor] < 0)
                    {
                        workNodes.Add(successor);
                        workChildren.Add(0);
                    }
                    else if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }

                    continue;
                }

                if (low[node] == index[node])
                {
                    var group = new List<int>();
                    int member;
                    do
                    {
                        member = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        onStack[member] = false;
                        group.Add(member);
                    }
                    while (member != node);
                    group.Sort();
                    groups.Add([.. group]);
                }

                if (workNodes.Count > 0)
                {
                    var parent = workNodes[^1];
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        groups.Sort(static (a, b) => a[0].CompareTo(b[0]));
        return groups;
    }

    /// <summary>The search for one group's shortest loop, over arrays indexed by position in the sorted group.</summary>
    private sealed class LoopSearch(LoopFinder graph, int[] members)
    {
        private readonly bool[] allowed = new bool[members.Length];
        private readonly bool[] onPath = new bool[members.Length];
        private readonly int[] distanceToStart = new int[members.Length];
        private readonly List<int> path = [];

        public int[]? Shortest()
        {
            for (var length = 3; length <= members.Length; length++)
            {
                for (var start = 0; start < members.Length; start++)
                {
                    // Loops written from their smallest node: only nodes from the start on may appear.
                    for (var i = 0; i < members.Length; i++)
                    {
                        allowed[i] = i >= start;
                    }

                    DistancesTo(start);
                    path.Clear();
                    path.Add(start);
                    onPath[start] = true;
                    var found = Extend(length);
                    foreach (var node in path)
                    {
                        onPath[node] = false;
                    }

                    if (found)
                    {
                        return Members(path);
                    }
                }
            }

            return null;
        }

        private int[] Members(List<int> positions)
        {
            var nodes = new int[positions.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = members[positions[i]];
            }

            return nodes;
        }

        /// <summary>The position of a graph node in the group, or a negative number when it is not a member.</summary>
        private int Local(int node) => Array.BinarySearch(members, node);

        private bool Extend(int length)
        {
            var last = path[^1];
            if (path.Count == length)
            {
                return Array.BinarySearch(graph.next[members[last]], members[path[0]]) >= 0;
            }

            // Successors are sorted, so the first loop found is the lexicographically first.
            foreach (var successor in graph.next[members[last]])
            {
                var candidate = Local(successor);
                if (candidate < 0 || !allowed[candidate] || onPath[candidate] || distanceToStart[candidate] < 0
                    || path.Count + distanceToStart[candidate] > length)
                {
                    continue;
                }

                path.Add(candidate);
                onPath[candidate] = true;
                if (Extend(length))
                {
                    return true;
                }

                onPath[candidate] = false;
                path.RemoveAt(path.Count - 1);
            }

            return false;
        }

        /// <summary>Fewest steps from each allowed member to the start, moving only through allowed members; -1 where it cannot be reached.</summary>
        private void DistancesTo(int target)
        {
            Array.Fill(distanceToStart, -1);
            distanceToStart[target] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(target);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                for (var from = 0; from < members.Length; from++)
                {
                    if (allowed[from] && distanceToStart[from] < 0 && Array.BinarySearch(graph.next[members[from]], members[node]) >= 0)
                    {
                        distanceToStart[from] = distanceToStart[node] + 1;
                        queue.Enqueue(from);
                    }
                }
            }
        }
    }
}
