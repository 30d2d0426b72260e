using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Cli.Output;
using DealRules.Documents;

namespace DealRules.Cli.Commands;

/// <summary>
/// A folder of test cases for <c>dealrules test</c>: each subfolder is a case with its documents
/// (<c>*.json</c>), optionally a <c>profile.json</c>, and <c>expected.json</c>, the findings expected of
/// evaluating its documents as one portfolio. The expected findings are compared with the actual ones
/// by rule, deals and parties, then severity and message.
/// </summary>
internal static class TestCases
{
    public const string ExpectedFileName = "expected.json";

    public const string ProfileFileName = "profile.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The case folders below <paramref name="folder"/>, by name; the folder itself when it has no subfolder but holds documents.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        var cases = Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return cases.Length > 0 ? cases : [folder];
    }

    /// <summary>The findings as an expected-findings file: rule, severity, deals, parties and message of each, in report order.</summary>
    public static byte[] Write(IEnumerable<ExpectedFinding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", Wording.Name(finding.Severity));
                WriteList(json, "dealIds", finding.DealIds);
                WriteList(json, "parties", finding.Parties);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads an expected-findings file; null with a problem when it is not one.</summary>
    public static (IReadOnlyList<ExpectedFinding>? Findings, DocumentProblem? Problem) Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var findings = new List<ExpectedFinding>();
            foreach (var (item, index) in document.RootElement.GetProperty("findings").EnumerateArray().Select((f, i) => (f, i)))
            {
                var severity = Choices.Severities.Contains(item.GetProperty("severity").GetString()) ? Choices.Severity(item.GetProperty("severity").GetString())!.Value
                    : throw new FormatException($"$.findings[{index}].severity is not one of {string.Join(", ", Choices.Severities)}");
                findings.Add(new ExpectedFinding(
                    item.GetProperty("ruleId").GetString() ?? "",
                    severity,
                    item.GetProperty("dealIds").EnumerateArray().Select(d => d.GetString() ?? "").ToArray(),
                    item.GetProperty("parties").EnumerateArray().Select(d => d.GetString() ?? "").ToArray(),
                    item.GetProperty("message").GetString() ?? ""));
            }

            return (findings, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            return (null, new DocumentProblem(path, "$", $"not an expected-findings file ({{ \"findings\": [ {{ ruleId, severity, dealIds, parties, message }} ] }}): {e.Message}"));
        }
    }

    /// <summary>What differs between the expected findings and the actual ones: missing, unexpected, and changed (same rule, deals and parties).</summary>
    public static IReadOnlyList<FindingDifference> Compare(IReadOnlyList<ExpectedFinding> expected, IReadOnlyList<ExpectedFinding> actual)
    {
        var differences = new List<FindingDifference>();
        var keys = expected.Select(f => f.Key).Concat(actual.Select(f => f.Key)).Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var wanted = expected.Where(f => f.Key == key).ToList();
            var found = actual.Where(f => f.Key == key).ToList();
            foreach (var same in wanted.ToArray())
            {
                if (found.FirstOrDefault(f => f == same) is { } match)
                {
                    wanted.Remove(same);
                    found.Remove(match);
                }
            }

            var paired = Math.Min(wanted.Count, found.Count);
            differences.AddRange(Enumerable.Range(0, paired).Select(i => new FindingDifference(DifferenceKind.Changed, wanted[i], found[i])));
            differences.AddRange(wanted.Skip(paired).Select(f => new FindingDifference(DifferenceKind.Missing, f, null)));
            differences.AddRange(found.Skip(paired).Select(f => new FindingDifference(DifferenceKind.Unexpected, null, f)));
        }

        return differences;
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

/// <summary>A finding as a test case pins it.</summary>
internal sealed record ExpectedFinding(string RuleId, Severity Severity, IReadOnlyList<string> DealIds, IReadOnlyList<string> Parties, string Message)
{
    public static ExpectedFinding Of(Finding finding) => new(finding.RuleId, finding.Severity, finding.DealIds, finding.Parties, finding.Message);

    /// <summary>What matches an expected finding to an actual one: rule, deals and parties.</summary>
    public string Key => $"{RuleId} ({string.Join(", ", DealIds)}; {string.Join(", ", Parties)})";

    public bool Equals(ExpectedFinding? other) => other is not null && Key == other.Key && Severity == other.Severity && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Key, Severity, Message);

    public string Describe() => $"{Wording.Name(Severity)} {Key}: {Message}";
}

/// <summary>How an actual finding differs from the expected ones.</summary>
internal enum DifferenceKind
{
    /// <summary>Expected, not found.</summary>
    Missing,

    /// <summary>Found, not expected.</summary>
    Unexpected,

    /// <summary>Found with the expected rule, deals and parties, but another severity or message.</summary>
    Changed,
}

/// <summary>One difference.</summary>
internal sealed record FindingDifference(DifferenceKind Kind, ExpectedFinding? Expected, ExpectedFinding? Actual)
{
    public IEnumerable<string> Lines()
    {
        switch (Kind)
        {
            case DifferenceKind.Missing:
                yield return "- expected, not found: " + TerminalText.Plain(Expected!.Describe());
                break;
            case DifferenceKind.Unexpected:
                yield return "+ found, not expected: " + TerminalText.Plain(Actual!.Describe());
                break;
            default:
                yield return "~ changed: " + TerminalText.Plain(Expected!.Key);
                if (Expected.Severity != Actual!.Severity)
                {
                    yield return $"    severity: {Wording.Name(Expected.Severity)} -> {Wording.Name(Actual.Severity)}";
                }

                if (Expected.Message != Actual.Message)
                {
                    yield return "    expected message: " + TerminalText.Plain(Expected.Message);
                    yield return "    actual message:   " + TerminalText.Plain(Actual.Message);
                }

                break;
        }
    }
}
