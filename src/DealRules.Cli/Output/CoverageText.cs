using DealRules.Observation;

namespace DealRules.Cli.Output;

/// <summary>Coverage as text: the totals, then each rule with its firings and each condition not seen both ways.</summary>
internal static class CoverageText
{
    public static void Write(CoverageReport coverage, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Coverage: {coverage.Summary}.");
        foreach (var rule in coverage.Rules)
        {
            var covered = rule.Conditions.Count(c => c.Covered);
            output.WriteLine($"  {rule.RuleId,-8} {(rule.Fired > 0 ? $"fired {rule.Fired,4}" : "NEVER FIRED"),-11}  conditions seen true and false: {covered}/{rule.Conditions.Count}");
            foreach (var condition in rule.Conditions.Where(c => !c.Covered))
            {
                var never = (condition.WhenTrue, condition.WhenFalse) switch
                {
                    (0, 0) => "never evaluated",
                    (0, _) => "never true",
                    _ => "never false",
                };
                output.WriteLine($"             {condition.Number}. {never}: {TerminalText.Plain(condition.Alias)} ({condition.FactType}): {TerminalText.Plain(condition.Text)}");
            }
        }
    }
}
