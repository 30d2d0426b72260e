using DealRules.Documents;
using DealRules.Model;
using DealRules.Tests.Support;

namespace DealRules.Tests.Documents;

public sealed class Format2ReaderTests
{
    private const string Parties = """
        "parties": [ { "id": "a", "name": "A", "kind": "hyperscaler" }, { "id": "b", "name": "B", "kind": "ai-lab" } ]
        """;

    private static string Doc(int version, string body) =>
        $$"""{ "schemaVersion": {{version}}, "id": "d", "title": "T", "status": "signed", {{Parties}}{{(body.Length > 0 ? ", " + body : "")}} }""";

    private static Deal Accepted(string json)
    {
        var result = DealDocumentReader.Read(json, "d.json");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Document.Deal;
    }

    private static void Rejected(string json, string location, string message)
    {
        var result = DealDocumentReader.Read(json, "d.json");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Location == location && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("4000000000", AmountQualifier.Exact)]
    [InlineData("""{ "exact": 4000000000 }""", AmountQualifier.Exact)]
    [InlineData("""{ "upTo": 4000000000 }""", AmountQualifier.UpTo)]
    [InlineData("""{ "atLeast": 4000000000 }""", AmountQualifier.AtLeast)]
    [InlineData("""{ "about": 4000000000 }""", AmountQualifier.About)]
    public void A_qualified_amount_reads_as_its_figure_and_its_qualifier(string amount, AmountQualifier qualifier)
    {
        var deal = Accepted(Doc(2, $$"""\"investments\": [ { \"investor\": \"a\", \"investee\": \"b\", \"instrument\": \"equity\", \"amount\": {{amount}} } ]""".Replace("\\\"", "\"", StringComparison.Ordinal)));

        Assert.Equal(4_000_000_000m, deal.Investments[0].Amount);
        Assert.Equal(qualifier, deal.Investments[0].AmountQualifier);
    }

    [Fact]
    public void A_qualified_amount_in_format_1_is_rejected_naming_format_2() =>
        Rejected(Doc(1, """ "investments": [ { "investor": "a", "investee": "b", "instrument": "equity", "amount": { "upTo": 1 } } ] """),
            "$.investments[0].amount", "needs schemaVersion 2");

    [Theory]
    [InlineData("""{ "upTo": 1, "about": 2 }""", "expected exactly one of exact, upTo, atLeast, about; found 2")]
    [InlineData("""{ }""", "expected exactly one of exact, upTo, atLeast, about; found 0")]
    public void A_qualified_amount_names_exactly_one_qualifier(string amount, string message) =>
        Rejected(Doc(2, $$""" "investments": [ { "investor": "a", "investee": "b", "instrument": "equity", "amount": {{amount}} } ] """), "$.investments[0].amount", message);

    [Fact]
    public void An_unknown_qualifier_is_an_unknown_property() =>
        Rejected(Doc(2, """ "investments": [ { "investor": "a", "investee": "b", "instrument": "equity", "amount": { "roughly": 1 } } ] """),
            "$.investments[0].amount.roughly", "unknown property; expected one of: about, atLeast, exact, upTo");

    [Fact]
    public void A_negative_qualified_amount_is_rejected() =>
        Rejected(Doc(2, """ "investments": [ { "investor": "a", "investee": "b", "instrument": "equity", "amount": { "upTo": -1 } } ] """),
            "$.investments[0].amount", "is negative");

    [Fact]
    public void An_annual_amount_with_a_term_gives_the_total_and_keeps_its_qualifier()
    {
        var deal = Accepted(Doc(2, """ "computeCommitments": [ { "buyer": "b", "provider": "a", "annualAmount": { "about": 3000000000 }, "years": 5 } ] """));

        Assert.Equal(15_000_000_000m, deal.ComputeCommitments[0].Amount);
        Assert.Equal(3_000_000_000m, deal.ComputeCommitments[0].AnnualAmount);
        Assert.Equal(AmountQualifier.About, deal.ComputeCommitments[0].AmountQualifier);
    }

    [Fact]
    public void An_annual_amount_without_a_term_is_rejected() =>
        Rejected(Doc(2, """ "computeCommitments": [ { "buyer": "b", "provider": "a", "annualAmount": 3000000000 } ] """),
            "$.computeCommitments[0].years", "an annualAmount needs years");

    [Fact]
    public void An_annual_amount_beside_an_amount_is_rejected() =>
        Rejected(Doc(2, """ "computeCommitments": [ { "buyer": "b", "provider": "a", "amount": 1, "annualAmount": 1, "years": 2 } ] """),
            "$.computeCommitments[0].annualAmount", "not both");

    [Fact]
    public void An_annual_amount_whose_total_overflows_is_rejected() =>
        Rejected(Doc(2, """ "computeCommitments": [ { "buyer": "b", "provider": "a", "annualAmount": 70000000000000000000000000000, "years": 1000 } ] """),
            "$.computeCommitments[0].annualAmount", "beyond the largest amount");

    [Fact]
    public void Capacity_takes_a_qualifier()
    {
        var deal = Accepted(Doc(2, """ "computeCommitments": [ { "buyer": "b", "provider": "a", "capacityGw": { "atLeast": 1 } } ] """));

        Assert.Equal(1m, deal.ComputeCommitments[0].CapacityGw);
        Assert.Equal(AmountQualifier.AtLeast, deal.ComputeCommitments[0].CapacityQualifier);
    }

    [Theory]
    [InlineData("\"supersedes\": [ \"old\" ]", "$.supersedes")]
    [InlineData("\"amends\": [ \"old\" ]", "$.amends")]
    [InlineData("\"hires\": [ { \"hirer\": \"a\", \"from\": \"b\" } ]", "$.hires")]
    public void Format_2_properties_in_format_1_are_rejected_naming_format_2(string body, string location) =>
        Rejected(Doc(1, body), location, "is a format 2 property; set schemaVersion to 2");

    [Fact]
    public void A_licence_fee_in_format_1_is_rejected() =>
        Rejected(Doc(1, """ "rights": [ { "holder": "a", "grantor": "b", "kind": "ip-license", "amount": 1 } ] """),
            "$.rights[0].amount", "is a format 2 property");

    [Fact]
    public void Supersedes_and_amends_read_as_deal_ids()
    {
        var deal = Accepted(Doc(2, """ "supersedes": [ "old-one" ], "amends": [ "base" ] """));

        Assert.Equal(["old-one"], deal.Supersedes);
        Assert.Equal(["base"], deal.Amends);
    }

    [Theory]
    [InlineData("\"supersedes\": [ \"d\" ]", "$.supersedes[0]", "this document's own id")]
    [InlineData("\"supersedes\": [ \"x\", \"x\" ]", "$.supersedes[1]", "named twice")]
    [InlineData("\"supersedes\": [ \"X\" ]", "$.supersedes[0]", "is not an id")]
    [InlineData("\"supersedes\": [ \"x\" ], \"amends\": [ \"x\" ]", "$.amends[0]", "either replaces an earlier one or adds to it")]
    public void Supersedes_and_amends_name_other_documents_once(string body, string location, string message) =>
        Rejected(Doc(2, body), location, message);

    [Theory]
    [InlineData("{ \"hirer\": \"a\", \"from\": \"c\" }", "$.hires[0].from", "is not a declared party")]
    [InlineData("{ \"hirer\": \"a\", \"from\": \"a\" }", "$.hires[0].from", "two different parties")]
    [InlineData("{ \"hirer\": \"a\", \"from\": \"b\", \"headcount\": 0 }", "$.hires[0].headcount", "expected 1 or more")]
    public void A_hire_names_two_declared_parties_and_a_real_headcount(string hire, string location, string message) =>
        Rejected(Doc(2, $"\"hires\": [ {hire} ]"), location, message);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_top_level_schema_property_is_accepted_in_both_formats(int version)
    {
        Accepted(Doc(version, "\"$schema\": \"../../docs/schemas/deal-document.schema.json\""));
    }

    [Fact]
    public void A_format_2_deal_written_and_read_back_is_equal_in_every_format_2_field()
    {
        var deal = Format2.Deal() with
        {
            Supersedes = ["old-deal"],
            Amends = ["base-deal"],
            Investments = [Format2.Investing(4 * TestDeals.Billion, AmountQualifier.UpTo, InvestmentCondition.Milestone)],
            ComputeCommitments =
            [
                new ComputeCommitment("lab", "hyper") { AnnualAmount = 3 * TestDeals.Billion, Amount = 15 * TestDeals.Billion, Years = 5, AmountQualifier = AmountQualifier.About },
                Format2.Committing(null, gigawatts: 1.5m) with { CapacityQualifier = AmountQualifier.AtLeast },
            ],
            Rights = [new Right("hyper", "lab", RightKind.IpLicense) { Amount = 650_000_000m, AmountQualifier = AmountQualifier.About }],
            Hires = [new Hire("hyper", "lab") { Headcount = 70, IncludesLeaders = true, Note = "founders" }],
        };

        var read = TestDeals.Document(deal).Deal;

        Assert.Equal(deal.Supersedes, read.Supersedes);
        Assert.Equal(deal.Amends, read.Amends);
        Assert.Equal(deal.Investments, read.Investments);
        Assert.Equal(deal.Rights, read.Rights);
        Assert.Equal(deal.Hires, read.Hires);
        Assert.Equal(deal.ComputeCommitments[0] with { Products = [] }, read.ComputeCommitments[0] with { Products = [] });
        Assert.Equal(deal.ComputeCommitments[1] with { Products = [] }, read.ComputeCommitments[1] with { Products = [] });
    }

    [Fact]
    public void A_format_1_deal_is_written_as_before_with_no_format_2_property()
    {
        var json = DealDocumentWriter.Write(TestDeals.Deal() with { Investments = [TestDeals.Investing(TestDeals.Billion)] });

        foreach (var property in new[] { "supersedes", "amends", "hires", "amountQualifier", "capacityQualifier", "annualAmount", "includesLeaders" })
        {
            Assert.DoesNotContain($"\"{property}\"", json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("100000", true)]
    [InlineData("100001", false)]
    public void A_format_2_capacity_is_at_most_100000_gigawatts(string gigawatts, bool accepted)
    {
        var json = Doc(2, $$""" "computeCommitments": [ { "buyer": "b", "provider": "a", "capacityGw": {{gigawatts}} } ] """);

        Assert.Equal(accepted, DealDocumentReader.Read(json, "d.json").Succeeded);
    }
}
