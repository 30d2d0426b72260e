using System.Text;
using DealRules.Documents;
using DealRules.Tests.Support;

namespace DealRules.Tests.Documents;

public sealed class DealDocumentReaderTests
{
    /// <summary>A small valid format 1 document, which the reader's tests change one property at a time.</summary>
    internal const string Valid = """
        {
          "schemaVersion": 1,
          "id": "small-deal",
          "title": "Small deal",
          "status": "signed",
          "parties": [
            { "id": "a", "name": "A", "kind": "investor" },
            { "id": "b", "name": "B", "kind": "ai-lab" }
          ],
          "investments": [ { "investor": "a", "investee": "b", "amount": 5, "instrument": "equity" } ]
        }
        """;

    private static IReadOnlyList<DocumentProblem> Problems(string json)
    {
        var result = DealDocumentReader.Read(json, "deal.json");
        Assert.False(result.Succeeded);
        return result.Problems;
    }

    private static void AssertProblem(string json, string location, string messagePart)
    {
        var problems = Problems(json);
        Assert.Contains(problems, p => p.File == "deal.json" && p.Location == location && p.Message.Contains(messagePart, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_document_is_accepted_with_defaults_filled_in()
    {
        var result = DealDocumentReader.Read(Valid, "deal.json");

        Assert.True(result.Succeeded);
        Assert.Equal("USD", result.Document.Deal.Currency);
        Assert.Equal(5m, result.Document.Deal.Investments[0].Amount);
        Assert.Equal("deal.json", result.Document.Source);
    }

    [Fact]
    public void Spec_example_is_accepted()
    {
        Assert.True(DealDocumentReader.ReadFile(Samples.PathOf("amazon-openai-2025-12.json")).Succeeded);
    }

    [Fact]
    public void Unknown_property_is_named_with_the_expected_ones() =>
        AssertProblem(Valid.Replace("\"amount\": 5", "\"amout\": 5", StringComparison.Ordinal), "$.investments[0].amout", "unknown property; expected one of: amount,");

    [Fact]
    public void Duplicate_property_is_rejected() =>
        AssertProblem(Valid.Replace("\"title\": \"Small deal\",", "\"title\": \"A\", \"title\": \"B\",", StringComparison.Ordinal), "$.title", "duplicate property");

    [Fact]
    public void Wrong_type_names_what_was_expected_and_found() =>
        AssertProblem(Valid.Replace("\"amount\": 5", "\"amount\": \"5\"", StringComparison.Ordinal), "$.investments[0].amount", "expected a number, found the string \"5\"");

    [Fact]
    public void Missing_required_property_is_located() =>
        AssertProblem(Valid.Replace("\"status\": \"signed\",", "", StringComparison.Ordinal), "$.status", "required property is missing");

    [Fact]
    public void Null_required_property_counts_as_missing() =>
        AssertProblem(Valid.Replace("\"status\": \"signed\"", "\"status\": null", StringComparison.Ordinal), "$.status", "required property is missing");

    [Fact]
    public void Bad_enum_value_lists_the_allowed_ones() =>
        AssertProblem(Valid.Replace("\"ai-lab\"", "\"lab\"", StringComparison.Ordinal), "$.parties[1].kind", "expected one of: hyperscaler, chipmaker, ai-lab, neo-cloud, investor, other");

    [Fact]
    public void Invalid_date_is_rejected() =>
        AssertProblem(Valid.Replace("\"status\": \"signed\",", "\"status\": \"signed\", \"announced\": \"2025-02-30\",", StringComparison.Ordinal), "$.announced", "expected YYYY-MM-DD");

    [Fact]
    public void Number_out_of_range_is_rejected() =>
        AssertProblem(Valid.Replace("\"amount\": 5", "\"amount\": 1e400", StringComparison.Ordinal), "$.investments[0].amount", "the number 1e400 is too large");

    [Fact]
    public void Fractional_schema_version_is_not_an_integer() =>
        AssertProblem(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.5", StringComparison.Ordinal), "$.schemaVersion", "expected an integer");

    [Fact]
    public void Unsupported_schema_version_is_rejected() =>
        AssertProblem(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal), "$.schemaVersion", "schemaVersion 3 is not supported; expected 1 or 2");

    [Fact]
    public void Truncated_json_gives_line_and_column() =>
        AssertProblem(Valid[..40], "$", "is not valid JSON at line");

    [Fact]
    public void Empty_file_is_rejected_as_empty() =>
        AssertProblem("", "$", "is empty; expected a JSON object");

    [Fact]
    public void Root_that_is_not_an_object_is_rejected() =>
        AssertProblem("[1, 2]", "$", "expected an object, found an array");

    [Fact]
    public void Nesting_deeper_than_64_levels_is_rejected_before_binding() =>
        AssertProblem(new string('[', 10_000) + new string(']', 10_000), "$", "nested deeper than 64 levels");

    [Fact]
    public void Document_over_16_MiB_is_rejected_before_parsing()
    {
        var bytes = new byte[(16 * 1024 * 1024) + 1];

        var result = DealDocumentReader.Read(bytes, "big.json");

        Assert.Equal("$", Assert.Single(result.Problems).Location);
        Assert.Contains("expected at most 16,777,216", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).ToList();
        bytes.Insert(10, 0xFF);

        var result = DealDocumentReader.Read(bytes.ToArray(), "deal.json");

        Assert.Contains("not valid UTF-8 (at byte 10)", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.True(DealDocumentReader.Read(bytes, "deal.json").Succeeded);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var json = Valid
            .Replace("\"amount\": 5", "\"amount\": -5", StringComparison.Ordinal)
            .Replace("\"investee\": \"b\"", "\"investee\": \"nobody\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Small deal\",", "\"title\": \"Small deal\", \"colour\": 1,", StringComparison.Ordinal);

        var locations = Problems(json).Select(p => p.Location).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["$.colour", "$.investments[0].amount", "$.investments[0].investee"], locations);
    }

    [Fact]
    public void Missing_file_is_a_problem_not_an_exception()
    {
        var result = DealDocumentReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-deal-" + Guid.NewGuid() + ".json"));

        Assert.Equal("no such file or folder", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Written_document_reads_back_to_the_same_json()
    {
        var original = Samples.Read("amazon-openai-2025-12.json").Deal;

        var written = DealDocumentWriter.Write(original);
        var reread = DealDocumentReader.Read(written, "again.json");

        Assert.True(reread.Succeeded, string.Join("\n", reread.Problems));
        Assert.Equal(written, DealDocumentWriter.Write(reread.Document.Deal));
    }
}
