using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Tests.Documents;

/// <summary>
/// Property names as the reader compares them: written plainly or with escapes, in small objects and
/// large ones, nested or not. The reader compares plain names as bytes and others as text; both must
/// give the same problems.
/// </summary>
public sealed class PropertyNameTests
{
    private const string Valid = DealDocumentReaderTests.Valid;

    private static string With(string from, string to) => Valid.Replace(from, to, StringComparison.Ordinal);

    private static (string Location, string Message)[] Problems(string json) =>
        DealDocumentReader.Read(json, "deal.json").Problems.Select(p => (p.Location, p.Message)).ToArray();

    [Fact]
    public void A_name_written_with_an_escape_is_read_as_its_text()
    {
        var result = DealDocumentReader.Read(With("\"title\"", "\"t\\u0069tle\""), "deal.json");

        Assert.True(result.Succeeded);
        Assert.Equal("Small deal", result.Document.Deal.Title);
    }

    [Fact]
    public void A_name_written_twice_once_with_an_escape_is_a_duplicate() =>
        Assert.Contains(("$.title", "duplicate property; each property may appear once"),
            Problems(With("\"title\": \"Small deal\",", "\"title\": \"A\", \"t\\u0069tle\": \"B\",")));

    [Fact]
    public void An_enum_name_written_with_an_escape_is_read_as_its_text()
    {
        var result = DealDocumentReader.Read(With("\"signed\"", "\"s\\u0069gned\""), "deal.json");

        Assert.True(result.Succeeded);
        Assert.Equal(DealStatus.Signed, result.Document.Deal.Status);
    }

    [Fact]
    public void An_unknown_property_lists_the_names_of_its_own_object_only_nested_or_not()
    {
        var problems = Problems(With("\"instrument\": \"equity\" }", "\"instrument\": \"equity\", \"amout\": 5 }").Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"titel\": \"x\",", StringComparison.Ordinal));

        Assert.Equal(
            [
                ("$.investments[0].amout", "unknown property; expected one of: amount, condition, instrument, investee, investor, postMoneyValuation, stakePercent, voting"),
                ("$.titel", "unknown property; expected one of: announced, chipMandates, cloudTerms, computeCommitments, currency, id, investments, ipo, parties, relatedStakes, rights, schemaVersion, sources, status, title"),
            ],
            problems);
    }

    [Fact]
    public void An_unknown_property_written_with_an_escape_is_named_as_its_text() =>
        Assert.Equal(
            [("$.titel", "unknown property; expected one of: announced, chipMandates, cloudTerms, computeCommitments, currency, id, investments, ipo, parties, relatedStakes, rights, schemaVersion, sources, status, title")],
            Problems(With("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"t\\u0069tel\": \"x\",")));

    [Fact]
    public void Duplicates_and_unknown_properties_are_found_in_an_object_of_many_properties()
    {
        var many = string.Concat(Enumerable.Range(0, 70).Select(i => $"\"k{i}\": {i}, "));
        var problems = Problems(With("\"schemaVersion\": 1,", "\"schemaVersion\": 1, " + many + "\"k5\": 5, \"title\": \"again\","));

        Assert.Contains(("$.k5", "duplicate property; each property may appear once"), problems);
        Assert.Contains(("$.title", "duplicate property; each property may appear once"), problems);
        Assert.Equal(70, problems.Count(p => p.Message.StartsWith("unknown property", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_duplicate_in_a_small_object_is_reported_at_each_repetition_once() =>
        Assert.Equal(
            [("$.investments[0].amount", "duplicate property; each property may appear once")],
            Problems(With("\"amount\": 5,", "\"amount\": 5, \"amount\": 6, \"amount\": 7,")));
}
