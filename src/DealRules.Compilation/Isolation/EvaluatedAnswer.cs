using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Reporting;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// Reads a worker's findings and rule errors and checks each against what the host knows: every
/// finding is of a rule of the pack, carries that rule's catalog entry, rests on deals that were
/// evaluated, and stays within the caps. A worker's answer that fails any check is no report.
/// </summary>
internal static class EvaluatedAnswer
{
    /// <summary>The most entries of one list of a finding (parties, deal ids, facts, a list in its evidence).</summary>
    public const int MaxList = 1_024;

    /// <summary>The most named values in one finding's evidence.</summary>
    public const int MaxEvidence = 64;

    public static (List<Finding> Findings, List<RuleError> Errors) Read(
        BinaryReader body, RulePack pack, IReadOnlySet<string> dealIds, SandboxLimits limits)
    {
        var rules = pack.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var count = body.ReadCount(1);
        if (count > limits.MaxFindings)
        {
            throw new InvalidDataException($"{count} findings, over the cap of {limits.MaxFindings}");
        }

        var findings = new List<Finding>(count);
        var findingLimits = new FindingLimits(limits.MaxFindingText, MaxList, MaxEvidence);
        for (var i = 0; i < count; i++)
        {
            findings.Add(Checked(FindingSerializer.Read(body, findingLimits), rules, dealIds));
        }

        var errors = new List<RuleError>();
        for (var i = body.ReadCount(1); i > 0; i--)
        {
            var ruleId = body.ReadBoundedString();
            var deals = new string[body.ReadCount(1)];
            for (var d = 0; d < deals.Length; d++)
            {
                deals[d] = body.ReadBoundedString();
            }

            if (!rules.ContainsKey(ruleId) || deals.Any(d => !dealIds.Contains(d)))
            {
                throw new InvalidDataException($"a rule error of '{CompilationMessage.OneLine(ruleId)}', not a rule of the pack on the deals evaluated");
            }

            errors.Add(new RuleError(ruleId, deals, CompilationMessage.OneLine(body.ReadBoundedString())));
            if (errors.Count > limits.MaxFindings)
            {
                throw new InvalidDataException($"more rule errors than the cap of {limits.MaxFindings}");
            }
        }

        return (findings, errors);
    }

    private static Finding Checked(Finding finding, Dictionary<string, RuleInfo> rules, IReadOnlySet<string> dealIds)
    {
        if (!rules.TryGetValue(finding.RuleId, out var rule) || finding.Title != rule.Title || finding.Category != rule.Category
            || finding.Perspective != rule.Perspective || !Enum.IsDefined(finding.Severity))
        {
            throw new InvalidDataException($"a finding under '{CompilationMessage.OneLine(finding.RuleId)}' that no rule of the pack makes");
        }

        var pointerDeals = finding.Facts.Select(FactPointer.DealId);
        if (finding.DealIds.Concat(pointerDeals).Any(d => !dealIds.Contains(d)))
        {
            throw new InvalidDataException($"a finding of {finding.RuleId} on a deal that was not evaluated");
        }

        return finding;
    }
}
