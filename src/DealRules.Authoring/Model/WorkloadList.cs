using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DealRules.Model;

/// <summary>An immutable list of workloads: what <see cref="ChipMandate.Workloads"/> holds.</summary>
/// <remarks>
/// A class of its own, not an <c>ImmutableArray&lt;Workload&gt;</c>: a framework collection of an enum is
/// generic code over a value type that no ReadyToRun image holds (this assembly's cannot hold the
/// framework's code, the framework's cannot know the enum), so every command that read a chip mandate
/// compiled a score of methods at start. This class's code is precompiled with the enum.
/// It behaves as the boxed <c>ImmutableArray&lt;Workload&gt;</c> the property held before: equal to another
/// exactly when both hold the same array (so mandates made from one immutable array, or from each
/// other's workloads, are equal records), null refused with the same exception, and an enumerator whose
/// <see cref="IEnumerator.Current"/> throws outside the list and that can be reset.
/// </remarks>
internal sealed class WorkloadList : IReadOnlyList<Workload>
{
    public static readonly WorkloadList Empty = new([]);

    private readonly Workload[] items;

    private WorkloadList(Workload[] items) => this.items = items;

    public int Count => items.Length;

    public Workload this[int index] => items[index];

    /// <summary>The workloads as an immutable list: <paramref name="workloads"/> itself when it is one already.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workloads"/> is null (named <c>items</c>, as <c>ToImmutableArray</c> named it).</exception>
    public static WorkloadList From(IEnumerable<Workload> workloads)
    {
        ArgumentNullException.ThrowIfNull(workloads, "items");
        switch (workloads)
        {
            case WorkloadList list:
                return list;
            case Workload[] array:
                return array.Length == 0 ? Empty : new((Workload[])array.Clone());
            case ImmutableArray<Workload> { IsDefault: false } immutable:
                // Its array never changes: shared, not copied, so that two lists made from it are equal.
                return immutable.IsEmpty ? Empty : new(ImmutableCollectionsMarshal.AsArray(immutable)!);
            default:
                var copied = new List<Workload>();
                foreach (var workload in workloads)
                {
                    copied.Add(workload);
                }

                return copied.Count == 0 ? Empty : new(copied.ToArray());
        }
    }

    public override bool Equals(object? obj) => obj is WorkloadList other && ReferenceEquals(items, other.items);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(items);

    public IEnumerator<Workload> GetEnumerator() => new Enumerator(items);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Workload[] items) : IEnumerator<Workload>
    {
        private int index = -1;

        public Workload Current => index >= 0 && index < items.Length ? items[index] : throw new InvalidOperationException();

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (index < items.Length)
            {
                index++;
            }

            return index < items.Length;
        }

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }
}
