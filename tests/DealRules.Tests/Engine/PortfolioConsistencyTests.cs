using DealRules.Engine;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Engine;

public sealed class PortfolioConsistencyTests
{
    [Fact]
    public void One_party_id_with_two_kinds_is_an_error_naming_both_files_and_both_kinds()
    {
        var first = Document(Deal("first"));
        var second = Document(Deal("second") with { Parties = [Investor, Lab with { Kind = PartyKind.Hyperscaler }] });

        var check = PortfolioConsistency.Check([first, second]);

        var error = Assert.Single(check.Errors);
        Assert.Equal("second.json", error.File);
        Assert.Equal("$.parties[1].kind", error.Location);
        Assert.Equal("party 'lab' is 'hyperscaler' here but 'ai-lab' in first.json ($.parties[1].kind); a party id names one party, of one kind, in every document of a portfolio", error.Message);
    }

    [Fact]
    public void One_product_controlled_by_two_parties_is_an_error_naming_both()
    {
        var first = Document(Deal("first"));
        var second = Document(Deal("second", OtherCloud with { Clouds = ["hyper-cloud"] }) with { Parties = [Investor with { Clouds = [] }, Lab, OtherCloud with { Clouds = ["hyper-cloud"] }] });

        var error = Assert.Single(PortfolioConsistency.Check([first, second]).Errors);

        Assert.Equal(("second.json", "$.parties[2].clouds[0]"), (error.File, error.Location));
        Assert.StartsWith("product 'hyper-cloud' is controlled by 'other-cloud-co' here but by 'hyper' in first.json ($.parties[0].clouds[0])", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_for_one_party_are_a_warning_not_an_error()
    {
        var first = Document(Deal("first"));
        var second = Document(Deal("second") with { Parties = [Investor, Lab with { Name = "Frontier Labs Inc." }] });

        var check = PortfolioConsistency.Check([first, second]);

        Assert.Empty(check.Errors);
        Assert.Equal("party 'lab' is named 'Frontier Labs Inc.' here but 'Frontier Lab' in first.json ($.parties[1].name); reports use the name from the first document by deal id",
            Assert.Single(check.Warnings).Message);
    }

    [Fact]
    public void Evaluator_refuses_a_portfolio_whose_documents_disagree()
    {
        var first = Document(Deal("first"));
        var second = Document(Deal("second") with { Parties = [Investor with { Kind = PartyKind.Investor }, Lab] });

        var refused = Assert.Throws<ArgumentException>(() => Evaluation.Evaluate(first, second));

        Assert.StartsWith("second.json: $.parties[0].kind: party 'hyper' is 'investor' here but 'hyperscaler' in first.json", refused.Message, StringComparison.Ordinal);
    }
}
