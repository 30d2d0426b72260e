using DealRules.Authoring;
using DealRules.Reporting;

namespace DealRules.Tests.Support;

internal static class ReportExtensions
{
    public static IReadOnlyList<Finding> Of(this EvaluationReport report, string ruleId) =>
        report.Findings.Where(f => f.RuleId == ruleId).ToArray();

    public static Finding Single(this EvaluationReport report, string ruleId) => Assert.Single(report.Of(ruleId));
}
