namespace DealRules.Reporting;

/// <summary>
/// Merges sorted runs of <see cref="SpooledFinding"/> records into report order by their keys, with a binary
/// heap of runs; of two records with equal keys, the one of the earlier run comes first.
/// </summary>
internal sealed class SpoolMerge
{
    private readonly SpoolRunReader[] runs;
    private readonly int[] heap;
    private int size;
    private int current = -1;

    public SpoolMerge(SpoolRunReader[] runs)
    {
        this.runs = runs;
        heap = new int[runs.Length];
        for (var run = 0; run < runs.Length; run++)
        {
            if (runs[run].Next())
            {
                heap[size++] = run;
                Up(size - 1);
            }
        }
    }

    /// <summary>The run of the current record (whose <see cref="SpoolRunReader.Record"/> it is).</summary>
    public SpoolRunReader Current => runs[current];

    /// <summary>Moves to the next record in report order; false when every run is over.</summary>
    public bool Next()
    {
        if (current >= 0)
        {
            // The run just taken moves on: back into the heap at its next record, or out of it.
            if (runs[current].Next())
            {
                Down(0);
            }
            else
            {
                heap[0] = heap[--size];
                if (size > 0)
                {
                    Down(0);
                }
            }
        }

        if (size == 0)
        {
            current = -1;
            return false;
        }

        current = heap[0];
        return true;
    }

    private bool Before(int a, int b)
    {
        var order = SpooledFinding.Compare(SpooledFinding.Key(runs[a].Record), SpooledFinding.Key(runs[b].Record));
        return order != 0 ? order < 0 : a < b;
    }

    private void Up(int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!Before(heap[index], heap[parent]))
            {
                return;
            }

            (heap[index], heap[parent]) = (heap[parent], heap[index]);
            index = parent;
        }
    }

    private void Down(int index)
    {
        while (true)
        {
            var least = index;
            var left = 2 * index + 1;
            if (left < size && Before(heap[left], heap[least]))
            {
                least = left;
            }

            if (left + 1 < size && Before(heap[left + 1], heap[least]))
            {
                least = left + 1;
            }

            if (least == index)
            {
                return;
            }

            (heap[index], heap[least]) = (heap[least], heap[index]);
            index = least;
        }
    }
}
