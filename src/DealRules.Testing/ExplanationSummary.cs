using System.Text;
using DealRules.Observation;

namespace DealRules.Testing;

/// <summary>An explanation in a few lines, for an assertion's message.</summary>
internal static class ExplanationSummary
{
    private const int MaxCandidates = 10;

    public static string Of(RuleExplanation explanation)
    {
        var text = new StringBuilder();
        if (explanation.Candidates.Count == 0)
        {
            var needed = string.Join(", ", explanation.Conditions.Select(c => c.FactType).Distinct(StringComparer.Ordinal));
            text.AppendLine($"  Why: no fact reached a condition of {explanation.RuleId}{(needed.Length == 0 ? "" : $" (it needs {needed} facts)")}.");
            return text.ToString();
        }

        text.AppendLine($"  Why, as NRules evaluated {explanation.RuleId}:");
        foreach (var candidate in explanation.Candidates.Where(c => c.FirstFailing is not null).Take(MaxCandidates))
        {
            var failing = candidate.FirstFailing!;
            var outcome = failing.Result is null ? $"threw {failing.Error}" : "was false";
            text.AppendLine($"    {string.Join(" + ", candidate.Facts)}: condition {failing.Number} {outcome}: {failing.Text}");
            if (failing.Values.Count > 0)
            {
                text.AppendLine($"      ({string.Join("; ", failing.Values.Select(v => $"{v.Expression} = {v.Value}"))})");
            }
        }

        return text.ToString();
    }
}
