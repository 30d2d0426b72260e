using System.Text.Encodings.Web;
using System.Text.Json;

namespace DealRules.Reporting;

/// <summary>
/// The report's property names and fixed values, encoded once: the writer copies encoded text as it
/// is, where a string name would be checked and transcoded for every finding.
/// </summary>
internal static class ReportJsonNames
{
    public static readonly JsonEncodedText Baseline = Encode("baseline");

    public static readonly JsonEncodedText BySeverity = Encode("bySeverity");

    public static readonly JsonEncodedText Category = Encode("category");

    public static readonly JsonEncodedText DealIds = Encode("dealIds");

    public static readonly JsonEncodedText Deals = Encode("deals");

    public static readonly JsonEncodedText Errors = Encode("errors");

    public static readonly JsonEncodedText Evidence = Encode("evidence");

    public static readonly JsonEncodedText Facts = Encode("facts");

    public static readonly JsonEncodedText Findings = Encode("findings");

    public static readonly JsonEncodedText Gone = Encode("gone");

    public static readonly JsonEncodedText Id = Encode("id");

    public static readonly JsonEncodedText Message = Encode("message");

    public static readonly JsonEncodedText New = Encode("new");

    public static readonly JsonEncodedText Parties = Encode("parties");

    public static readonly JsonEncodedText Perspective = Encode("perspective");

    public static readonly JsonEncodedText Profile = Encode("profile");

    public static readonly JsonEncodedText RuleId = Encode("ruleId");

    public static readonly JsonEncodedText RulesEvaluated = Encode("rulesEvaluated");

    public static readonly JsonEncodedText SchemaVersion = Encode("schemaVersion");

    public static readonly JsonEncodedText Severity = Encode("severity");

    public static readonly JsonEncodedText Source = Encode("source");

    public static readonly JsonEncodedText Status = Encode("status");

    public static readonly JsonEncodedText Summary = Encode("summary");

    public static readonly JsonEncodedText SupersededBy = Encode("supersededBy");

    public static readonly JsonEncodedText Title = Encode("title");

    public static readonly JsonEncodedText Unchanged = Encode("unchanged");

    private static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
