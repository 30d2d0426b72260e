using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Circular;

public sealed class SpendOfInvestorCurrencyRuleTests
{
    [Theory]
    [InlineData(Instrument.Credits)]
    [InlineData(Instrument.VendorWarrant)]
    public void Credits_or_vendor_warrants_spent_back_are_high(Instrument instrument)
    {
        var deal = Deal() with { Investments = [Investing(Billion, instrument)], ComputeCommitments = [Committing(null)] };

        var finding = Evaluation.Evaluate(deal).Single("CIRC002");

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(["test-deal#/investments/0", "test-deal#/computeCommitments/0"], finding.Facts);
    }

    [Theory]
    [InlineData(Instrument.Equity)]
    [InlineData(Instrument.Debt)]
    [InlineData(Instrument.Convertible)]
    [InlineData(Instrument.ProfitInterest)]
    public void Other_instruments_do_not_fire(Instrument instrument)
    {
        var deal = Deal() with { Investments = [Investing(Billion, instrument)], ComputeCommitments = [Committing(Billion)] };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC002"));
    }

    [Fact]
    public void Credits_without_spend_back_do_not_fire()
    {
        var deal = Deal(extraParties: OtherCloud) with
        {
            Investments = [Investing(Billion, Instrument.Credits)],
            ComputeCommitments = [Committing(Billion, provider: "other-cloud-co")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC002"));
    }
}
