using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Chip;

public sealed class InvestorSiliconValidationRuleTests
{
    [Fact]
    public void Mandate_on_investors_chips_is_an_info_finding_for_the_investor()
    {
        var deal = Deal() with
        {
            Investments = [Investing(Billion)],
            ChipMandates = [new ChipMandate("lab", ["hyper-chip"], [Workload.Training, Workload.Inference], Binding: true) { MinimumSharePercent = 90 }],
        };

        var finding = Evaluation.Evaluate(deal).Single("CHIP002");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(Perspective.Investor, finding.Perspective);
    }

    [Fact]
    public void Mandate_on_a_party_the_chip_owner_did_not_invest_in_does_not_fire()
    {
        var deal = Deal() with
        {
            Investments = [Investing(Billion, investor: "lab", investee: "hyper")],
            ChipMandates = [new ChipMandate("lab", ["hyper-chip"], [Workload.Training], Binding: true)],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CHIP002"));
    }
}
