namespace DealRules.Facts;

/// <summary>
/// Strongly connected groups and shortest loops of three or more nodes in a small directed graph.
/// Nodes are numbered in ordinal order of their ids, so that every "smallest" and "first" below is
/// a comparison of numbers, and the search runs over arrays.
/// </summary>
internal sealed class LoopFinder
{
    private readonly string[] ids;
    private readonly int[][] next;

    public LoopFinder(IEnumerable<(string From, string To)> edges)
    {
        var edgeList = edges as IReadOnlyCollection<(string From, string To)> ?? edges.ToList();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in edgeList)
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
        foreach (var (from, to) in edgeList)
        {
            (successors[number[from]] ??= []).Add(number[to]);
        }

        next = new int[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            next[i] = successors[i] is { } list ? [.. list.Distinct().Order()] : [];
        }
    }

    /// <summary>The strongly connected groups (Tarjan, iterative), each sorted, ordered by their first id.</summary>
    public IReadOnlyList<IReadOnlyList<string>> StronglyConnectedGroups() =>
        Groups().Select(g => (IReadOnlyList<string>)Array.ConvertAll(g, i => ids[i])).ToArray();

    /// <summary>
    /// The shortest loop through three or more distinct nodes of the group, starting at its smallest
    /// node; among equal lengths, the lexicographically first. Null when the group only holds two-node loops.
    /// </summary>
    public IReadOnlyList<string>? ShortestLoop(IReadOnlyList<string> group)
    {
        var search = new LoopSearch(this, group.Select(id => Array.BinarySearch(ids, id, StringComparer.Ordinal)).Where(i => i >= 0).Order().ToArray());
        return search.Shortest() is { } loop ? loop.ConvertAll(i => ids[i]) : null;
    }

    private List<int[]> Groups()
    {
        var count = ids.Length;
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Child)>();
        var groups = new List<int[]>();
        var counter = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, child) = work.Pop();
                if (child == 0)
                {
                    index[node] = low[node] = counter++;
                    stack.Push(node);
                    onStack[node] = true;
                }

                var successors = next[node];
                if (child < successors.Length)
                {
                    work.Push((node, child + 1));
                    var successor = successors[child];
                    if (index[successor] < 0)
                    {
                        work.Push((successor, 0));
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
                        member = stack.Pop();
                        onStack[member] = false;
                        group.Add(member);
                    }
                    while (member != node);
                    group.Sort();
                    groups.Add([.. group]);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
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

        public List<int>? Shortest()
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
                        return path.ConvertAll(i => members[i]);
                    }
                }
            }

            return null;
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
