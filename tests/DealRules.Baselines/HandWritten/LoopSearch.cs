namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The shortest loop through three or more parties of one strongly connected group, written from its
/// smallest id, the one whose id list sorts first among loops of that length. The group's parties are
/// renumbered in ordinal id order, so "sorts first" is "smallest numbers first": the search deepens
/// one length at a time and, for each length, starts from each party in turn, extends only by later
/// parties, successors in ascending order, and is pruned by the distance back to the start.
/// </summary>
internal sealed class LoopSearch
{
    private readonly List<int>[] successors;
    private readonly List<int>[] predecessors;
    private readonly bool[] onPath;
    private readonly int[] distance;
    private readonly Queue<int> queue = new();

    /// <param name="graph">The graph.</param>
    /// <param name="members">The group's parties (graph numbers), in ordinal id order.</param>
    public LoopSearch(FlowGraph graph, int[] members)
    {
        var local = new Dictionary<int, int>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            local[members[i]] = i;
        }

        successors = new List<int>[members.Length];
        predecessors = new List<int>[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            successors[i] = [];
            predecessors[i] = [];
        }

        for (var i = 0; i < members.Length; i++)
        {
            foreach (var to in graph.Successors(members[i]))
            {
                if (local.TryGetValue(to, out var j))
                {
                    successors[i].Add(j);
                    predecessors[j].Add(i);
                }
            }

            successors[i].Sort();
        }

        onPath = new bool[members.Length];
        distance = new int[members.Length];
    }

    /// <summary>The loop as positions in the members' order, or null when the group holds none of three parties or more.</summary>
    public List<int>? Shortest()
    {
        var path = new List<int>(successors.Length);
        for (var length = 3; length <= successors.Length; length++)
        {
            for (var root = 0; root < successors.Length; root++)
            {
                DistancesBack(root);
                path.Clear();
                path.Add(root);
                onPath[root] = true;
                var found = Extend(root, length, path);
                onPath[root] = false;
                if (found)
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>Extends the path from its last party by later parties than the root until it closes a loop of exactly the length.</summary>
    private bool Extend(int root, int length, List<int> path)
    {
        foreach (var next in successors[path[^1]])
        {
            if (path.Count == length)
            {
                if (next == root)
                {
                    return true;
                }

                continue;
            }

            if (next <= root || onPath[next] || distance[next] < 0 || path.Count + distance[next] > length)
            {
                continue;
            }

            path.Add(next);
            onPath[next] = true;
            var found = Extend(root, length, path);
            onPath[next] = false;
            if (found)
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>Steps from each party back to the root through the root and later parties; -1 when it cannot get back.</summary>
    private void DistancesBack(int root)
    {
        Array.Fill(distance, -1);
        distance[root] = 0;
        queue.Clear();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var from in predecessors[node])
            {
                if (from >= root && distance[from] < 0)
                {
                    distance[from] = distance[node] + 1;
                    queue.Enqueue(from);
                }
            }
        }
    }
}
