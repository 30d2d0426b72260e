using System.Collections;

namespace DealRules.Model;

/// <summary>An immutable list of workloads: what <see cref="ChipMandate.Workloads"/> holds.</summary>
/// <remarks>
/// A class of its own, not an <c>ImmutableArray&lt;Workload&gt;</c>: a framework collection of an enum is
/// generic code over a value type that no ReadyToRun image holds (this assembly's cannot hold the
/// framework's code, the framework's cannot know the enum), so every command that read a chip mandate
/// compiled a score of methods at start. This class's code is precompiled with the enum.
/// </remarks>
internal sealed class WorkloadList : IReadOnlyList<Workload>
{
    public static readonly WorkloadList Empty = new([]);

    private readonly Workload[] items;

    private WorkloadList(Workload[] items) => this.items = items;

    public int Count => items.Length;

    public Workload this[int index] => items[index];

    /// <summary>The workloads as an immutable list: <paramref name="workloads"/> itself when it is one already.</summary>
    public static WorkloadList From(IEnumerable<Workload> workloads)
    {
        switch (workloads)
        {
            case WorkloadList list:
                return list;
            case Workload[] array:
                return array.Length == 0 ? Empty : new((Workload[])array.Clone());
            default:
                var copied = new List<Workload>();
                foreach (var workload in workloads)
                {
                    copied.Add(workload);
                }

                return copied.Count == 0 ? Empty : new(copied.ToArray());
        }
    }

    public IEnumerator<Workload> GetEnumerator()
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
