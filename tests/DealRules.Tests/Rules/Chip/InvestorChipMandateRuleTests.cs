using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Chip;

public sealed class InvestorChipMandateRuleTests
{
    private static Deal MandateDeal(ChipMandate mandate) =>
        Deal() with { Investments = [Investing(Billion)], ChipMandates = [mandate] };

    [Fact]
    public void Non_binding_mandate_on_investors_chips_is_medium()
    {
        var report = Evaluation.Evaluate(MandateDeal(new ChipMandate("lab", ["hyper-chip"], [Workload.Training, Workload.Inference], Binding: false)));

        var finding = report.Single("CHIP001");
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal(Perspective.Investee, finding.Perspective);
        Assert.Equal(["hyper", "lab"], finding.Parties);
        Assert.Equal(["test-deal#/chipMandates/0", "test-deal#/investments/0"], finding.Facts);
    }

    [Fact]
    public void Binding_mandate_covering_training_and_inference_is_high()
    {
        var report = Evaluation.Evaluate(MandateDeal(new ChipMandate("lab", ["hyper-chip"], [Workload.Training, Workload.Inference], Binding: true)));

        Assert.Equal(Severity.High, report.Single("CHIP001").Severity);
    }

    [Theory]
    [InlineData(50, Severity.High)]
    [InlineData(49.9, Severity.Medium)]
    public void Binding_training_only_mandate_is_high_from_the_high_share_threshold(decimal share, Severity expected)
    {
        var report = Evaluation.Evaluate(MandateDeal(new ChipMandate("lab", ["hyper-chip"], [Workload.Training], Binding: true) { MinimumSharePercent = share }));

        Assert.Equal(expected, report.Single("CHIP001").Severity);
    }

    [Fact]
    public void Binding_training_only_mandate_with_undisclosed_share_is_medium()
    {
        var report = Evaluation.Evaluate(MandateDeal(new ChipMandate("lab", ["hyper-chip"], [Workload.Training], Binding: true)));

        Assert.Equal(Severity.Medium, report.Single("CHIP001").Severity);
    }

    [Fact]
    public void Profile_moves_the_high_share_threshold()
    {
        var deal = MandateDeal(new ChipMandate("lab", ["hyper-chip"], [Workload.Inference], Binding: true) { MinimumSharePercent = 40 });

        var report = Evaluation.Evaluate(new Dictionary<string, decimal> { ["chip.highSharePercent"] = 40 }, deal);

        Assert.Equal(Severity.High, report.Single("CHIP001").Severity);
    }

    [Fact]
    public void Mandate_on_chips_of_a_party_that_is_not_an_investor_does_not_fire()
    {
        var deal = Deal(extraParties: ChipMaker) with
        {
            Investments = [Investing(Billion)],
            ChipMandates = [new ChipMandate("lab", ["chipco-gpu"], [Workload.Training], Binding: true)],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CHIP001"));
    }

    [Fact]
    public void Mandate_counts_an_investor_whose_investment_amount_is_undisclosed()
    {
        var deal = Deal() with
        {
            Investments = [Investing(null)],
            ChipMandates = [new ChipMandate("lab", ["hyper-chip"], [Workload.Training], Binding: false)],
        };

        Assert.Single(Evaluation.Evaluate(deal).Of("CHIP001"));
    }

    [Fact]
    public void Evidence_names_only_the_investors_chips()
    {
        var deal = Deal(extraParties: ChipMaker) with
        {
            Investments = [Investing(Billion)],
            ChipMandates = [new ChipMandate("lab", ["chipco-gpu", "hyper-chip"], [Workload.Training], Binding: false)],
        };

        var finding = Evaluation.Evaluate(deal).Single("CHIP001");

        Assert.Equal(["hyper-chip"], (string[])finding.Evidence["chips"]!);
    }
}
