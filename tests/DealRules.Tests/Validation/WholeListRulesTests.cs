using DealRules.Documents;

namespace DealRules.Tests.Validation;

/// <summary>
/// The lists of a deal's parts (parties, investments, commitments, the IPO…) are each checked by one
/// rule over the whole list instead of a child validator per part. Every expected problem below is
/// what the child validators reported (main's build at 02f85e6, <c>dealrules validate --format
/// json</c>), location, message and order, at the boundaries of each rule.
/// </summary>
public sealed class WholeListRulesTests
{
    private const string Hyper = """{ "id": "hyper", "name": "Hyper Cloud", "kind": "hyperscaler", "clouds": ["hyper-cloud"], "chips": ["hyper-chip"] }""";
    private const string Lab = """{ "id": "lab", "name": "Frontier Lab", "kind": "ai-lab" }""";
    private const string NotAnId = "is not an id; expected lower-case letters and digits in words joined by single hyphens (^[a-z0-9]+(-[a-z0-9]+)*$)";
    private const string NotDeclared = "is not a declared party; every party referenced must be listed in $.parties";

    private static string Document(string parts, string parties = Hyper + ", " + Lab) =>
        $$"""{ "schemaVersion": 2, "id": "test-deal", "title": "Test deal", "status": "signed", "parties": [{{parties}}], {{parts}} }""";

    private static (string Location, string Message)[] Problems(string json) =>
        [.. DealDocumentReader.Read(json, "deal.json").Problems.Select(p => (p.Location, p.Message))];

    [Fact]
    public void Each_rule_of_each_part_reports_at_its_boundary_as_the_child_validators_did() =>
        Assert.Equal(
            [
                ("$.investments[0].amount", "-0.0001 is negative; expected an amount of 0 or more (leave it out when undisclosed)"),
                ("$.investments[2].amount", "1000000000000000001 is above the largest amount accepted; expected at most 1,000,000,000,000,000,000 (10^18)"),
                ("$.investments[2].stakePercent", "100.01 is outside 0–100; expected a percentage"),
                ("$.computeCommitments[0].years", "an annualAmount needs years, the term it is paid over; expected a number of years above 0"),
                ("$.computeCommitments[1].years", "0 is not a term; expected a number of years above 0"),
                ("$.computeCommitments[1].capacityGw", "-0.5 is negative; expected a capacity of 0 GW or more"),
                ("$.chipMandates[0].chips", "expected at least one chip family"),
                ("$.chipMandates[0].workloads", "expected at least one workload (training, inference)"),
                ("$.chipMandates[0].minimumSharePercent", "-1 is outside 0–100; expected a percentage"),
                ("$.rights[0].percent", "100.5 is outside 0–100; expected a percentage"),
                ("$.ipo.targetValuation", "-1 is negative; expected an amount of 0 or more (leave it out when undisclosed)"),
                ("$.ipo.expectedYear", "2201 is not a plausible year; expected 1900–2200"),
                ("$.relatedStakes[0].stakePercent", "-0.01 is outside 0–100; expected a percentage"),
                ("$.sources[0].title", "expected a non-empty title"),
                ("$.hires[0].headcount", "0 is not a headcount; expected 1 or more (leave it out when undisclosed)"),
                ("$.hires[0].note", "expected a non-empty note"),
            ],
            Problems(Document("""
                "investments": [
                  { "investor": "hyper", "investee": "lab", "instrument": "equity", "amount": -0.0001, "stakePercent": 0 },
                  { "investor": "hyper", "investee": "lab", "instrument": "equity", "amount": 0, "postMoneyValuation": 1000000000000000000, "stakePercent": 100 },
                  { "investor": "hyper", "investee": "lab", "instrument": "equity", "amount": 1000000000000000001, "stakePercent": 100.01 } ],
                "computeCommitments": [
                  { "buyer": "lab", "provider": "hyper", "annualAmount": 5 },
                  { "buyer": "lab", "provider": "hyper", "amount": 5, "years": 0, "capacityGw": -0.5 } ],
                "hires": [ { "hirer": "lab", "from": "hyper", "headcount": 0, "note": " " }, { "hirer": "lab", "from": "hyper", "headcount": 1 } ],
                "ipo": { "party": "lab", "expectedYear": 2201, "targetValuation": -1 },
                "sources": [ { "title": " " } ],
                "relatedStakes": [ { "investor": "hyper", "investee": "lab", "stakePercent": -0.01 } ],
                "rights": [ { "holder": "hyper", "grantor": "lab", "kind": "revenue-share", "percent": 100.5 } ],
                "chipMandates": [ { "party": "lab", "chips": [], "workloads": [], "binding": true, "minimumSharePercent": -1 } ]
                """)));

    [Fact]
    public void A_part_with_several_problems_reports_them_in_the_order_of_its_rules() =>
        Assert.Equal(
            [
                ("$.investments[0].investor", "'ghost' " + NotDeclared),
                ("$.investments[0].investee", "'ghost' " + NotDeclared),
                ("$.investments[0].amount", "-1 is negative; expected an amount of 0 or more (leave it out when undisclosed)"),
                ("$.investments[0].postMoneyValuation", "-2 is negative; expected an amount of 0 or more (leave it out when undisclosed)"),
                ("$.investments[0].stakePercent", "101 is outside 0–100; expected a percentage"),
                ("$.cloudTerms[0].party", "'ghost' " + NotDeclared),
                ("$.cloudTerms[0].exclusiveCloud", "'Bad' " + NotAnId),
                ("$.cloudTerms[0].firstRefusalCloud", "'Worse' " + NotAnId),
                ("$.cloudTerms[0].permittedClouds[1]", "'Bad' " + NotAnId),
                ("$.cloudTerms[0].permittedClouds", "permits hyper-cloud although exclusiveCloud is 'Bad'; an exclusive cloud and other permitted clouds contradict each other"),
            ],
            Problems(Document("""
                "investments": [ { "investor": "ghost", "investee": "ghost", "instrument": "equity", "amount": -1, "postMoneyValuation": -2, "stakePercent": 101 } ],
                "cloudTerms": [ { "party": "ghost", "exclusiveCloud": "Bad", "firstRefusalCloud": "Worse", "permittedClouds": ["hyper-cloud", "Bad"] } ]
                """)));

    /// <summary>
    /// A message quotes the document's text as written: FluentValidation's formatter never reads it as a
    /// template (the child validators replaced "{PropertyName}" in a quoted value by the rule's name, and
    /// threw or built a 2 GB string on "{CollectionIndex:Q}" or "{CollectionIndex:D999999999}").
    /// </summary>
    [Fact]
    public void Placeholders_in_quoted_input_are_quoted_as_written() =>
        Assert.Equal(
            [
                ("$.parties[0].chips[1]", "'{CollectionIndex}' " + NotAnId),
                ("$.investments[0].investor", "'{PropertyPath}' " + NotDeclared),
                ("$.investments[0].investee", "'{PropertyName}' " + NotDeclared),
                ("$.investments[1].investee", "'{CollectionIndex}' " + NotDeclared),
                ("$.cloudTerms[0].exclusiveCloud", "'{PropertyValue}' " + NotAnId),
                ("$.cloudTerms[0].permittedClouds[1]", "'{PropertyName}' " + NotAnId),
                ("$.cloudTerms[0].permittedClouds", "permits hyper-cloud, {PropertyName} although exclusiveCloud is '{PropertyValue}'; an exclusive cloud and other permitted clouds contradict each other"),
                ("$.ipo.party", "'{CollectionIndex}' " + NotDeclared),
            ],
            Problems(Document(
                """
                "investments": [
                  { "investor": "{PropertyPath}", "investee": "{PropertyName}", "instrument": "equity" },
                  { "investor": "hyper", "investee": "{CollectionIndex}", "instrument": "equity" } ],
                "cloudTerms": [ { "party": "lab", "exclusiveCloud": "{PropertyValue}", "permittedClouds": ["hyper-cloud", "{PropertyName}"] } ],
                "ipo": { "party": "{CollectionIndex}" }
                """,
                Hyper.Replace("[\"hyper-chip\"]", "[\"hyper-chip\", \"{CollectionIndex}\"]", StringComparison.Ordinal) + ", " + Lab)));

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public void References_are_checked_against_the_declared_parties_few_or_many(int moreParties)
    {
        var parties = string.Join(", ", [Hyper, Lab, .. Enumerable.Range(0, moreParties).Select(i => $$"""{ "id": "party-{{i}}", "name": "Party {{i}}", "kind": "investor" }""")]);
        var last = moreParties == 0 ? "lab" : $"party-{moreParties - 1}";

        Assert.Equal(
            [("$.investments[0].investor", "'ghost' " + NotDeclared), ("$.investments[1].investee", "'nobody' " + NotDeclared)],
            Problems(Document($$"""
                "investments": [ { "investor": "ghost", "investee": "{{last}}", "instrument": "equity" }, { "investor": "hyper", "investee": "nobody", "instrument": "equity" } ]
                """, parties)));
    }

    /// <summary>The first party to name a product controls it; another party's mention is reported, its own later mentions are not.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void A_product_named_by_two_parties_is_reported_at_the_second_party_few_products_or_many(int moreChips)
    {
        var chips = string.Join(", ", ["\"shared\"", .. Enumerable.Range(0, moreChips).Select(i => $"\"chip-{i}\"")]);
        var parties = $$"""
            { "id": "hyper", "name": "Hyper Cloud", "kind": "hyperscaler", "clouds": ["shared"], "chips": [{{chips}}] },
            { "id": "lab", "name": "Frontier Lab", "kind": "ai-lab", "clouds": ["shared", "hyper-cloud"], "chips": ["shared"] }
            """;

        Assert.Equal(
            [
                ("$.parties[1].clouds[0]", "product 'shared' is already controlled by 'hyper'; a product is controlled by at most one party"),
                ("$.parties[1].chips[0]", "product 'shared' is already controlled by 'hyper'; a product is controlled by at most one party"),
            ],
            Problems(Document("\"sources\": []", parties)));
    }

    [Theory]
    [InlineData("{CollectionIndex:Q}")]
    [InlineData("{CollectionIndex:D999999999}")]
    [InlineData("{PropertyValue:X}")]
    public void A_placeholder_with_a_format_in_any_quoted_value_is_quoted_as_written(string text)
    {
        // One problem a location: the first (not an id) of each link; the others go through the same failure path.
        var json = Document(
            $$"""
            "currency": "{{text}}",
            "investments": [ { "investor": "{{text}}", "investee": "lab", "instrument": "equity" } ],
            "supersedes": ["{{text}}"], "amends": ["x", "{{text}}", "{{text}}"]
            """).Replace("\"id\": \"test-deal\"", $"\"id\": \"{text}\"", StringComparison.Ordinal);

        Assert.Equal(
            [
                ("$.id", $"'{text}' " + NotAnId),
                ("$.currency", $"'{text}' is not a currency; expected an ISO 4217 code such as USD"),
                ("$.investments[0].investor", $"'{text}' " + NotDeclared),
                ("$.supersedes[0]", $"'{text}' " + NotAnId),
                ("$.amends[1]", $"'{text}' " + NotAnId),
                ("$.amends[2]", $"'{text}' " + NotAnId),
            ],
            Problems(json));
    }
}
