namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The parties of the kept money flows, numbered in ordinal id order, with their flows as edges:
/// strongly connected groups by Kosaraju's two passes, and each group's shortest loop through three
/// or more parties. Numbering in id order makes "the id list that sorts first" the list of smallest
/// numbers first, so the loop is found by deepening a search one length at a time from each start in
/// ascending order, over later parties only, successors ascending, pruned by the distance back.
/// </summary>
internal sealed class FlowGraph(int count)
{
    private readonly List<int>[] successors = Enumerable.Range(0, count).Select(_ => new List<int>(2)).ToArray();
    private readonly List<int>[] predecessors = Enumerable.Range(0, count).Select(_ => new List<int>(2)).ToArray();

    public void Add(int from, int to)
    {
        successors[from].Add(to);
        predecessors[to].Add(from);
    }

    public void Sort()
    {
        foreach (var list in successors)
        {
            list.Sort();
        }
    }

    /// <summary>Kosaraju: finishing order on the graph, then groups on the reversed graph in reverse finishing order. Each group sorted.</summary>
    public List<List<int>> StronglyConnectedGroups()
    {
        var order = new List<int>(count);
        var seen = new bool[count];
        var stack = new Stack<(int Node, int Next)>();
        for (var start = 0; start < count; start++)
        {
            if (seen[start])
            {
                continue;
            }

            seen[start] = true;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < successors[node].Count)
                {
                    stack.Push((node, next + 1));
                    var child = successors[node][next];
                    if (!seen[child])
                    {
                        seen[child] = true;
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    order.Add(node);
                }
            }
        }

        var group = new int[count];
        Array.Fill(group, -1);
        var groups = new List<List<int>>();
        var pending = new Stack<int>();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            if (group[order[i]] >= 0)
            {
                continue;
            }

            var members = new List<int>();
            group[order[i]] = groups.Count;
            pending.Push(order[i]);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                members.Add(node);
                foreach (var from in predecessors[node])
                {
                    if (group[from] < 0)
                    {
                        group[from] = groups.Count;
                        pending.Push(from);
                    }
                }
            }

            members.Sort();
            groups.Add(members);
        }

        return groups;
    }

    /// <summary>The shortest loop of three or more parties in the group, smallest party first, first in id order among equals; null when there is none.</summary>
    public List<int>? ShortestLoop(List<int> group)
    {
        var inGroup = new bool[count];
        foreach (var node in group)
        {
            inGroup[node] = true;
        }

        var distances = group.ToDictionary(root => root, root => DistancesBack(root, inGroup));
        var path = new List<int>(group.Count);
        var onPath = new bool[count];
        for (var length = 3; length <= group.Count; length++)
        {
            foreach (var root in group)
            {
                path.Clear();
                path.Add(root);
                onPath[root] = true;
                var found = Extend(root, length, path, onPath, inGroup, distances[root]);
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
    private bool Extend(int root, int length, List<int> path, bool[] onPath, bool[] inGroup, int[] distanceBack)
    {
        var last = path[^1];
        foreach (var next in successors[last])
        {
            if (path.Count == length)
            {
                if (next == root)
                {
                    return true;
                }

                continue;
            }

            if (next <= root || !inGroup[next] || onPath[next] || distanceBack[next] < 0 || path.Count + distanceBack[next] > length)
            {
                continue;
            }

            path.Add(next);
            onPath[next] = true;
            var found = Extend(root, length, path, onPath, inGroup, distanceBack);
            onPath[next] = false;
            if (found)
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>Steps from each party back to the root, through the root and later parties of the group; -1 when it cannot get back.</summary>
    private int[] DistancesBack(int root, bool[] inGroup)
    {
        var distance = new int[count];
        Array.Fill(distance, -1);
        distance[root] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var from in predecessors[node])
            {
                if (from >= root && inGroup[from] && distance[from] < 0)
                {
                    distance[from] = distance[node] + 1;
                    queue.Enqueue(from);
                }
            }
        }

        return distance;
    }
}
