namespace DealRules.Baselines.HandWritten;

/// <summary>
/// The kept money flows as a directed graph over numbered parties, in compressed rows (one array of
/// successors and one of predecessors, each node's run given by an offset), and its strongly
/// connected groups by Kosaraju's two passes: finishing order on the graph, then the groups on the
/// reversed graph in reverse finishing order.
/// </summary>
internal sealed class FlowGraph
{
    private readonly int count;
    private readonly int[] successorStart;
    private readonly int[] successors;
    private readonly int[] predecessorStart;
    private readonly int[] predecessors;

    public FlowGraph(int count, List<(int From, int To)> edges)
    {
        this.count = count;
        (successorStart, successors) = Rows(count, edges, reversed: false);
        (predecessorStart, predecessors) = Rows(count, edges, reversed: true);
    }

    public ReadOnlySpan<int> Successors(int node) => successors.AsSpan(successorStart[node], successorStart[node + 1] - successorStart[node]);

    public ReadOnlySpan<int> Predecessors(int node) => predecessors.AsSpan(predecessorStart[node], predecessorStart[node + 1] - predecessorStart[node]);

    /// <summary>The strongly connected groups of at least <paramref name="minimumSize"/> parties.</summary>
    public List<List<int>> Groups(int minimumSize)
    {
        var order = new int[count];
        var finished = 0;
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
                var children = Successors(node);
                if (next < children.Length)
                {
                    stack.Push((node, next + 1));
                    if (!seen[children[next]])
                    {
                        seen[children[next]] = true;
                        stack.Push((children[next], 0));
                    }
                }
                else
                {
                    order[finished++] = node;
                }
            }
        }

        var assigned = new bool[count];
        var groups = new List<List<int>>();
        var pending = new Stack<int>();
        var members = new List<int>();
        for (var i = count - 1; i >= 0; i--)
        {
            if (assigned[order[i]])
            {
                continue;
            }

            members.Clear();
            assigned[order[i]] = true;
            pending.Push(order[i]);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                members.Add(node);
                foreach (var from in Predecessors(node))
                {
                    if (!assigned[from])
                    {
                        assigned[from] = true;
                        pending.Push(from);
                    }
                }
            }

            if (members.Count >= minimumSize)
            {
                groups.Add([.. members]);
            }
        }

        return groups;
    }

    private static (int[] Start, int[] Targets) Rows(int count, List<(int From, int To)> edges, bool reversed)
    {
        var start = new int[count + 1];
        foreach (var (from, to) in edges)
        {
            start[(reversed ? to : from) + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            start[i + 1] += start[i];
        }

        var targets = new int[edges.Count];
        var next = start[..count];
        foreach (var (from, to) in edges)
        {
            targets[next[reversed ? to : from]++] = reversed ? from : to;
        }

        return (start, targets);
    }
}
