using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Reporting;

/// <summary>The outcome of evaluating a portfolio: the deals, every finding in report order, and every rule that failed.</summary>
public sealed record EvaluationReport
{
    /// <summary>
    /// The report format version: 1 when every document evaluated is of format 1 (the report is then
    /// exactly as it always was), 2 when any is of format 2 (deals may then list <c>supersededBy</c>).
    /// </summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The name of the profile the parameters came from.</summary>
    public required string Profile { get; init; }

    /// <summary>The deals evaluated, ordered by id.</summary>
    public required IReadOnlyList<DealSummary> Deals { get; init; }

    /// <summary>The findings, by severity (highest first), then rule id, deal ids and parties.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Counts.</summary>
    public required ReportSummary Summary { get; init; }

    /// <summary>The rules that threw while evaluating; the other rules still ran.</summary>
    public required IReadOnlyList<RuleError> Errors { get; init; }
}

/// <summary>A deal evaluated, and where it came from.</summary>
/// <param name="Id">The deal's id.</param>
/// <param name="Title">The deal's title.</param>
/// <param name="Status">The deal's status.</param>
/// <param name="Source">The file it was read from.</param>
public sealed record DealSummary(string Id, string Title, DealStatus Status, string Source)
{
    /// <summary>The ids of the documents that supersede this one, sorted; empty when none does. A superseded deal is listed but no rule sees it.</summary>
    public IReadOnlyList<string> SupersededBy { get; init; } = [];
}

/// <summary>The counts of a report.</summary>
/// <param name="RulesEvaluated">How many rules ran: under format 1, the rules that require no later format.</param>
/// <param name="Findings">How many findings they made.</param>
/// <param name="BySeverity">How many findings of each severity, every severity listed.</param>
public sealed record ReportSummary(int RulesEvaluated, int Findings, IReadOnlyDictionary<Severity, int> BySeverity);

/// <summary>A rule that threw while evaluating.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="DealIds">The deals whose facts it was evaluating, sorted.</param>
/// <param name="Message">What it threw.</param>
public sealed record RuleError(string RuleId, IReadOnlyList<string> DealIds, string Message);
