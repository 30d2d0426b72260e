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
}
