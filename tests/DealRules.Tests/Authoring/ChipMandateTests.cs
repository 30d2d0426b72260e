using System.Collections;
using System.Collections.Immutable;
using DealRules.Model;

namespace DealRules.Tests.Authoring;

public sealed class ChipMandateTests
{
    [Fact]
    public void Workloads_given_as_an_array_are_copied_so_a_later_change_to_the_array_changes_no_mandate()
    {
        Workload[] workloads = [Workload.Training, Workload.Inference];
        var mandate = new ChipMandate("lab", ["chip"], workloads, true);

        workloads[0] = Workload.Inference;

        Assert.Equal([Workload.Training, Workload.Inference], mandate.Workloads);
    }

    [Fact]
    public void Workloads_given_as_a_list_are_copied_so_a_later_change_to_the_list_changes_no_mandate()
    {
        var workloads = new List<Workload> { Workload.Training };
        var mandate = new ChipMandate("lab", ["chip"], workloads, true) with { Workloads = workloads };

        workloads.Add(Workload.Inference);

        Assert.Equal([Workload.Training], mandate.Workloads);
    }

    [Fact]
    public void Workloads_are_read_in_the_order_given_with_repeats()
    {
        var mandate = new ChipMandate("lab", ["chip"], [Workload.Inference, Workload.Training, Workload.Inference], true);

        Assert.Equal(3, mandate.Workloads.Count);
        Assert.Equal(Workload.Training, mandate.Workloads[1]);
        Assert.Equal([Workload.Inference, Workload.Training, Workload.Inference], mandate.Workloads);
    }

    [Fact]
    public void Mandates_made_from_one_immutable_array_of_workloads_are_equal()
    {
        ImmutableArray<string> chips = ["chip"];
        var workloads = ImmutableArray.Create(Workload.Training, Workload.Inference);

        var first = new ChipMandate("lab", chips, workloads, true);
        var second = new ChipMandate("lab", chips, workloads, true);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first, second with { Workloads = workloads });
    }

    [Fact]
    public void Mandates_made_from_equal_but_separate_arrays_of_workloads_are_not_equal()
    {
        ImmutableArray<string> chips = ["chip"];

        var first = new ChipMandate("lab", chips, [Workload.Training], true);
        var second = new ChipMandate("lab", chips, [Workload.Training], true);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Null_workloads_are_refused_with_an_argument_null_exception()
    {
        var mandate = new ChipMandate("lab", ["chip"], [Workload.Training], true);

        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new ChipMandate("lab", ["chip"], null!, true)).ParamName);
        Assert.Throws<ArgumentNullException>(() => mandate with { Workloads = null! });
    }

    [Fact]
    public void Enumerating_workloads_has_no_current_outside_the_list_and_can_start_over()
    {
        var mandate = new ChipMandate("lab", ["chip"], [Workload.Training, Workload.Inference], true);
        using var workloads = mandate.Workloads.GetEnumerator();

        Assert.Throws<InvalidOperationException>(() => workloads.Current);
        Assert.True(workloads.MoveNext());
        Assert.Equal(Workload.Training, workloads.Current);
        Assert.True(workloads.MoveNext());
        Assert.False(workloads.MoveNext());
        Assert.False(workloads.MoveNext());
        Assert.Throws<InvalidOperationException>(() => workloads.Current);
        ((IEnumerator)workloads).Reset();
        Assert.True(workloads.MoveNext());
        Assert.Equal(Workload.Training, workloads.Current);
    }
}
