using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Governance;

public sealed class LicenceAndHireRuleTests
{
    private static readonly Right Licence = new("hyper", "lab", RightKind.IpLicense) { Amount = 650_000_000m, AmountQualifier = AmountQualifier.About };

    [Theory]
    [InlineData(true, Severity.High)]
    [InlineData(false, Severity.Medium)]
    public void Hiring_from_a_company_whose_technology_is_licensed_fires_high_when_leaders_move(bool leaders, Severity expected)
    {
        var deal = Format2.Deal() with { Rights = [Licence], Hires = [new Hire("hyper", "lab") { IncludesLeaders = leaders, Headcount = 70 }] };

        var finding = Evaluation.Evaluate(deal).Single("GOV005");

        Assert.Equal(expected, finding.Severity);
        Assert.Equal(["hyper", "lab"], finding.Parties);
        Assert.Equal(650_000_000m, finding.Evidence["paid"]);
        Assert.Equal("about", finding.Evidence["paidQualifier"]);
        Assert.Equal(70m, finding.Evidence["headcount"]);
        Assert.Equal(["test-deal#/hires/0", "test-deal#/rights/0"], finding.Facts);
    }

    [Fact]
    public void Hiring_from_an_investee_fires_too()
    {
        var deal = Format2.Deal() with { Investments = [Format2.Investing(14.3m * Billion)], Hires = [new Hire("hyper", "lab") { IncludesLeaders = true }] };

        var finding = Evaluation.Evaluate(deal).Single("GOV005");

        Assert.Equal(true, finding.Evidence["invested"]);
        Assert.Contains("invests in it, paying $14.3B", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hire_alone_or_a_licence_alone_does_not_fire()
    {
        var hireOnly = Format2.Deal("hire-only") with { Hires = [new Hire("hyper", "lab") { IncludesLeaders = true }] };
        var licenceOnly = Format2.Deal("licence-only") with { Rights = [Licence] };

        Assert.Empty(Evaluation.Evaluate(hireOnly, licenceOnly).Of("GOV005"));
    }

    [Fact]
    public void A_licence_from_another_party_does_not_make_a_hire_a_licence_and_hire()
    {
        var deal = Format2.Deal(extraParties: OtherLab) with
        {
            Rights = [new Right("hyper", "rival-lab", RightKind.IpLicense)],
            Hires = [new Hire("hyper", "lab") { IncludesLeaders = true }],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("GOV005"));
    }

    [Fact]
    public void An_undisclosed_fee_leaves_the_amount_out()
    {
        var deal = Format2.Deal() with { Rights = [new Right("hyper", "lab", RightKind.IpLicense)], Hires = [new Hire("hyper", "lab")] };

        var finding = Evaluation.Evaluate(deal).Single("GOV005");

        Assert.Null(finding.Evidence["paid"]);
        Assert.DoesNotContain("paying", finding.Message, StringComparison.Ordinal);
    }
}
