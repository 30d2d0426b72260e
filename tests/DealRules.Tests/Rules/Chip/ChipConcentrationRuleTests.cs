using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Chip;

public sealed class ChipConcentrationRuleTests
{
    private static readonly Party NeoCloud = new("neo", "Neo GPU", PartyKind.NeoCloud) { Clouds = ["neo-cloud"] };

    /// <summary>The lab buys compute on ChipCo GPUs from Neo, and compute on Hyper's chips from Hyper.</summary>
    private static Deal Spending(decimal? onChipCo, decimal? onHyper) =>
        Deal(extraParties: [ChipMaker, NeoCloud]) with
        {
            ComputeCommitments =
            [
                Committing(onChipCo, "lab", "neo", "neo-cloud", "chipco-gpu"),
                Committing(onHyper, "lab", "hyper", "hyper-cloud", "hyper-chip"),
            ],
        };

    [Theory]
    [InlineData(80, 20, true)]
    [InlineData(79.9, 20.1, false)]
    public void Fires_from_the_concentration_threshold(decimal onChipCo, decimal onHyper, bool fires)
    {
        var report = Evaluation.Evaluate(Spending(onChipCo * Billion, onHyper * Billion));

        Assert.Equal(fires, report.Of("CHIP003").Count == 1);
    }

    [Fact]
    public void Finding_names_buyer_and_chip_controller_with_the_share()
    {
        var finding = Evaluation.Evaluate(Spending(9 * Billion, 1 * Billion)).Single("CHIP003");

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(["lab", "chipco"], finding.Parties);
        Assert.Equal(90m, finding.Evidence["sharePercent"]);
        Assert.Equal(2m, finding.Evidence["providers"]);
    }

    [Fact]
    public void Single_provider_does_not_fire_however_concentrated()
    {
        var deal = Deal(extraParties: [ChipMaker, NeoCloud]) with { ComputeCommitments = [Committing(10 * Billion, "lab", "neo", "chipco-gpu")] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CHIP003"));
    }

    [Fact]
    public void Undisclosed_amounts_are_not_counted_as_zero()
    {
        var report = Evaluation.Evaluate(Spending(9 * Billion, null));

        Assert.Empty(report.Of("CHIP003"));
    }

    [Fact]
    public void Commitments_in_different_documents_add_up()
    {
        var first = Deal("deal-one", ChipMaker, NeoCloud) with { ComputeCommitments = [Committing(9 * Billion, "lab", "neo", "chipco-gpu")] };
        var second = Deal("deal-two") with { ComputeCommitments = [Committing(1 * Billion, "lab", "hyper", "hyper-chip")] };

        var finding = Evaluation.Evaluate(first, second).Single("CHIP003");

        Assert.Equal(["deal-one", "deal-two"], finding.DealIds);
    }

    [Theory]
    [InlineData(0.16, true)]
    [InlineData(0.1599, false)]
    public void Format_2_counts_chip_capacity_at_the_price_of_a_gigawatt(decimal gigawatts, bool fires)
    {
        var deal = Format2.Deal(extraParties: [ChipMaker, OtherCloud]) with
        {
            ComputeCommitments =
            [
                Format2.Committing(null, provider: "chipco", gigawatts: gigawatts, products: "chipco-gpu"),
                Format2.Committing(2 * Billion, provider: "other-cloud-co", products: "hyper-chip"),
            ],
        };

        Assert.Equal(fires, Evaluation.Evaluate(deal).Of("CHIP003").Count == 1);
    }
}
