using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Input;

namespace DealRules.Reporting;

/// <summary>Whether a finding was in the baseline report.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: the change brought it.</summary>
    New,

    /// <summary>In the baseline too (its numbers and wording may differ).</summary>
    Unchanged,
}

/// <summary>A finding of a baseline report, as much of it as is needed to say what is gone.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">Its severity then.</param>
/// <param name="DealIds">Its deals.</param>
/// <param name="Parties">Its parties.</param>
/// <param name="Message">Its message then.</param>
public sealed record BaselineFinding(string RuleId, Severity Severity, IReadOnlyList<string> DealIds, IReadOnlyList<string> Parties, string Message)
{
    /// <summary>The identity findings are matched by: rule, deals and parties (not wording or numbers, which change with the documents).</summary>
    public string Identity => FindingIdentity(RuleId, DealIds, Parties);

    /// <summary>The identity of a finding.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="dealIds">The deals.</param>
    /// <param name="parties">The parties.</param>
    public static string FindingIdentity(string ruleId, IEnumerable<string> dealIds, IEnumerable<string> parties) =>
        $"{ruleId}\u001f{string.Join('\u001e', dealIds)}\u001f{string.Join('\u001e', parties)}";
}

/// <summary>
/// An earlier JSON report to compare findings with, by a stable identity (rule, deals, parties):
/// which findings are new, which unchanged, and which are gone. Two findings with one identity are
/// matched in report order, one for one.
/// </summary>
public sealed class Baseline
{
    /// <summary>The largest baseline report read (256 MiB).</summary>
    public const long MaximumBytes = 256L * 1024 * 1024;

    private Baseline(string source, IReadOnlyList<BaselineFinding> findings)
    {
        Source = source;
        Findings = findings;
    }

    /// <summary>The file it was read from.</summary>
    public string Source { get; }

    /// <summary>Its findings, in its order.</summary>
    public IReadOnlyList<BaselineFinding> Findings { get; }

    /// <summary>Reads a report written by <see cref="ReportJsonWriter"/> (or <c>dealrules evaluate --format json</c>).</summary>
    /// <param name="path">The report file.</param>
    /// <param name="options">Whether links are refused and pipes allowed.</param>
    /// <param name="problems">Why it cannot be used, when it cannot.</param>
    public static Baseline? ReadFile(string path, FileReadOptions options, out IReadOnlyList<DocumentProblem> problems)
    {
        var file = RegularFile.Read(path, MaximumBytes, options);
        if (!file.Succeeded)
        {
            problems = [new DocumentProblem(path, JsonPath.Root, file.Problem!)];
            return null;
        }

        return Read(file.Bytes, path, out problems);
    }

    /// <summary>Reads a baseline report held in memory.</summary>
    /// <param name="utf8Json">The report's bytes.</param>
    /// <param name="source">The name problems are reported under.</param>
    /// <param name="problems">Why it cannot be used, when it cannot.</param>
    public static Baseline? Read(ReadOnlyMemory<byte> utf8Json, string source, out IReadOnlyList<DocumentProblem> problems)
    {
        var collector = new ProblemCollector(source);
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        try
        {
            using var json = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = DealDocumentReader.MaximumDepth });
            var findings = new List<BaselineFinding>();
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("findings", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                collector.Add("$.findings", "expected a report of dealrules evaluate --format json, with an array of findings");
            }
            else
            {
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var location = JsonPath.Index("$.findings", index++);
                    if (Finding(item) is { } finding)
                    {
                        findings.Add(finding);
                    }
                    else
                    {
                        collector.Add(location, "expected a finding with ruleId, severity, dealIds, parties and message");
                    }
                }
            }

            problems = collector.Problems;
            return collector.HasProblems ? null : new Baseline(source, findings);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            collector.Add(JsonPath.Root, $"is not a JSON report: {e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ')}");
            problems = collector.Problems;
            return null;
        }
    }

    /// <summary>A comparison to run over the current findings in report order; each call to <see cref="BaselineComparison.Next(Finding)"/> consumes a match.</summary>
    public BaselineComparison Compare() => new(Findings);

    private static BaselineFinding? Finding(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !TryString(item, "ruleId", out var ruleId)
            || !TryString(item, "severity", out var severityName) || !JsonEnumNames.Severities.TryParse(severityName, out var severity)
            || !TryStrings(item, "dealIds", out var dealIds)
            || !TryStrings(item, "parties", out var parties))
        {
            return null;
        }

        return new BaselineFinding(ruleId, (Severity)severity, dealIds, parties, TryString(item, "message", out var message) ? message : "");
    }

    private static bool TryString(JsonElement item, string name, out string value)
    {
        value = "";
        if (item.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            value = property.GetString()!;
            return true;
        }

        return false;
    }

    private static bool TryStrings(JsonElement item, string name, out string[] values)
    {
        values = [];
        if (!item.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.Array || property.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            return false;
        }

        values = property.EnumerateArray().Select(v => v.GetString()!).ToArray();
        return true;
    }
}

/// <summary>Findings compared with a baseline one at a time, in report order.</summary>
public sealed class BaselineComparison
{
    private readonly Dictionary<string, Queue<int>> unmatched = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<BaselineFinding> baseline;
    private readonly bool[] matched;

    internal BaselineComparison(IReadOnlyList<BaselineFinding> baseline)
    {
        this.baseline = baseline;
        matched = new bool[baseline.Count];
        for (var i = 0; i < baseline.Count; i++)
        {
            if (!unmatched.TryGetValue(baseline[i].Identity, out var queue))
            {
                unmatched[baseline[i].Identity] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }
    }

    /// <summary>How many findings so far were new.</summary>
    public int NewCount { get; private set; }

    /// <summary>How many findings so far were in the baseline.</summary>
    public int UnchangedCount { get; private set; }

    /// <summary>The state of the next finding of the current report.</summary>
    /// <param name="finding">The finding.</param>
    public BaselineState Next(Finding finding) => Next(BaselineFinding.FindingIdentity(finding.RuleId, finding.DealIds, finding.Parties));

    /// <summary>The state of the next finding of the current report, by its identity (<see cref="BaselineFinding.Identity"/>).</summary>
    internal BaselineState Next(string identity)
    {
        if (unmatched.TryGetValue(identity, out var queue) && queue.TryDequeue(out var index))
        {
            matched[index] = true;
            UnchangedCount++;
            return BaselineState.Unchanged;
        }

        NewCount++;
        return BaselineState.New;
    }

    /// <summary>The baseline's findings no current finding matched (so far), in the baseline's order.</summary>
    public IReadOnlyList<BaselineFinding> Gone() => baseline.Where((_, i) => !matched[i]).ToArray();
}
