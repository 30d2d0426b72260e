using System.Text;
using DealRules.Documents;

namespace DealRules.Tests.Documents;

/// <summary>Issue 14, items 5, 8, 10, 13, 22: what a document says is read exactly, checked whole, and echoed safely.</summary>
public sealed class ExactInputTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "id": "small-deal",
          "title": "Small deal",
          "status": "signed",
          "parties": [
            { "id": "alpha", "name": "A", "kind": "investor" },
            { "id": "beta", "name": "B", "kind": "ai-lab" }
          ],
          "investments": [ { "investor": "alpha", "investee": "beta", "amount": 5, "instrument": "equity" } ]
        }
        """;

    private static DocumentProblem Single(string json) => Assert.Single(DealDocumentReader.Read(json, "deal.json").Problems);

    [Theory]
    [InlineData("1.00000000000000000000000000001", "cannot be held exactly (it would be rounded to 1)")]
    [InlineData("1e-400", "cannot be held exactly (it would be rounded to 0)")]
    [InlineData("0.00000000000000000000000000001", "cannot be held exactly")]
    public void Amount_a_decimal_would_round_is_refused(string amount, string expected)
    {
        var problem = Single(Valid.Replace("\"amount\": 5", $"\"amount\": {amount}", StringComparison.Ordinal));

        Assert.Equal("$.investments[0].amount", problem.Location);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5.000")]
    [InlineData("5e0")]
    [InlineData("0.5e1")]
    [InlineData("1000000000000000000")]
    public void Amount_written_exactly_in_any_notation_is_accepted(string amount)
    {
        Assert.True(DealDocumentReader.Read(Valid.Replace("\"amount\": 5", $"\"amount\": {amount}", StringComparison.Ordinal), "deal.json").Succeeded);
    }

    [Fact]
    public void Commitment_above_the_largest_amount_is_refused_by_validation()
    {
        var problem = Single(Valid.Replace("\"amount\": 5", "\"amount\": 8e26", StringComparison.Ordinal));

        Assert.Equal("$.investments[0].amount", problem.Location);
        Assert.Equal("800000000000000000000000000 is above the largest amount accepted; expected at most 1,000,000,000,000,000,000 (10^18)", problem.Message);
    }

    [Theory]
    [InlineData("\"beta\\n\"")]
    [InlineData("\"beta\\r\\n\"")]
    [InlineData("\"\\nbeta\"")]
    public void Id_with_a_newline_is_not_an_id(string id)
    {
        var json = Valid.Replace("\"id\": \"beta\"", $"\"id\": {id}", StringComparison.Ordinal).Replace("\"investee\": \"beta\"", $"\"investee\": {id}", StringComparison.Ordinal);

        var problems = DealDocumentReader.Read(json, "deal.json").Problems;

        Assert.Contains(problems, p => p.Location == "$.parties[1].id" && p.Message.Contains("is not an id", StringComparison.Ordinal));
    }

    [Fact]
    public void Currency_with_a_trailing_newline_is_not_a_currency()
    {
        var problem = Single(Valid.Replace("\"status\": \"signed\",", "\"status\": \"signed\", \"currency\": \"USD\\n\",", StringComparison.Ordinal));

        Assert.Equal("'USD\\u000a' is not a currency; expected an ISO 4217 code such as USD", problem.Message);
    }

    [Theory]
    [InlineData("\"status\": \"signed\",", "\"status\": \"signed\\n\",", "$.status", "'signed\\u000a' is not allowed")]
    [InlineData("\"status\": \"signed\",", "\"status\": \"signed\", \"announced\": \"2025-12-01\\n\",", "$.announced", "'2025-12-01\\u000a' is not a date")]
    public void Enum_and_date_with_a_trailing_newline_are_refused(string from, string to, string location, string message)
    {
        var problem = Single(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(location, problem.Location);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_version_0_is_not_supported()
    {
        var problem = Single(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 0", StringComparison.Ordinal));

        Assert.Equal("$.schemaVersion", problem.Location);
        Assert.Equal("schemaVersion 0 is not supported; expected 1 or 2", problem.Message);
    }

    [Fact]
    public void Problems_carry_the_line_and_column_of_their_location()
    {
        var json = Valid.Replace("\"amount\": 5", "\"amount\": -5", StringComparison.Ordinal).Replace("\"kind\": \"investor\" }", "\"kind\": \"investor\", \"nmae\": \"x\" }", StringComparison.Ordinal);

        var problems = DealDocumentReader.Read(json, "deal.json").Problems.ToDictionary(p => p.Location);

        Assert.Equal((7, 55), (problems["$.parties[0].nmae"].Line, problems["$.parties[0].nmae"].Column));
        Assert.Equal((10, 63), (problems["$.investments[0].amount"].Line, problems["$.investments[0].amount"].Column));
    }

    [Fact]
    public void Missing_property_is_placed_at_the_object_that_lacks_it()
    {
        var problem = Single(Valid.Replace("\"title\": \"Small deal\",", "", StringComparison.Ordinal));

        Assert.Equal(("$.title", 1, 1), (problem.Location, problem.Line, problem.Column));
    }

    [Fact]
    public void A_hundred_thousand_wrong_items_are_a_hundred_thousand_problems_each_at_its_place()
    {
        var items = string.Join(",", Enumerable.Repeat("7", 100_000));
        var json = Valid.Replace("\"kind\": \"investor\" }", $"\"kind\": \"investor\", \"chips\": [{items}] }}", StringComparison.Ordinal);

        var problems = DealDocumentReader.Read(json, "deal.json").Problems;

        Assert.Equal(100_000, problems.Count);
        Assert.Equal("$.parties[0].chips[99999]", problems[^1].Location);
        Assert.Equal(7, problems[^1].Line);
        Assert.Equal("expected a string, found the number 7", problems[^1].Message);
    }

    [Fact]
    public void Huge_property_name_and_value_are_cut_in_problems()
    {
        var name = new string('n', 1_000_000);
        var value = new string('v', 1_000_000);
        var json = Valid.Replace("\"status\": \"signed\",", $"\"status\": \"{value}\", \"{name}\": 1,", StringComparison.Ordinal);

        var problems = DealDocumentReader.Read(json, "deal.json").Problems;

        Assert.All(problems, p => Assert.InRange(p.ToString().Length, 1, 2_000));
        Assert.Contains(problems, p => p.Message.StartsWith($"'{new string('v', 64)}… (1,000,000 characters)' is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void File_name_with_a_newline_stays_one_line()
    {
        var problem = Assert.Single(DealDocumentReader.Read("", "bad\nname.json").Problems);

        Assert.Equal("bad\\u000aname.json: $: is empty; expected a JSON object describing a deal", problem.ToString());
    }
}
