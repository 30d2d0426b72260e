using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DealRules.Observation;

namespace DealRules.Cli.Output;

/// <summary>An explanation as text a person reads top to bottom, or as JSON; every string from a rule is shown, never obeyed.</summary>
internal static class ExplanationText
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(RuleExplanation explanation, int deals, TextWriter output)
    {
        var fired = explanation.Firings.Count;
        output.WriteLine($"{explanation.RuleId} {TerminalText.Plain(explanation.Title)}: {(fired > 0 ? $"fired {TerminalText.Count(fired, "time", "times")}" : "did not fire")} on {TerminalText.Count(deals, "deal", "deals")}.");
        output.WriteLine();
        output.WriteLine("Conditions (as NRules evaluated them):");
        foreach (var condition in explanation.Conditions)
        {
            output.WriteLine($"  {condition.Number}. {condition.Alias} ({condition.FactType}): {TerminalText.Plain(condition.Text)}");
            output.WriteLine($"     true {condition.WhenTrue}, false {condition.WhenFalse}{(condition.Failed > 0 ? $", threw {condition.Failed}" : "")}");
        }

        output.WriteLine();
        if (explanation.Candidates.Count == 0)
        {
            var needed = string.Join(", ", explanation.Conditions.Select(c => c.FactType).Distinct(StringComparer.Ordinal));
            output.WriteLine(needed.Length == 0
                ? "No condition was evaluated."
                : $"No fact reached any condition: the rule needs {needed} facts, and these documents made none that got that far.");
        }
        else
        {
            output.WriteLine($"Candidates ({explanation.Candidates.Count}{(explanation.CandidatesLeftOut > 0 ? $", and {explanation.CandidatesLeftOut} more not shown" : "")}):");
            foreach (var candidate in explanation.Candidates)
            {
                output.WriteLine($"  - {TerminalText.Plain(string.Join(" + ", candidate.Facts))}");
                foreach (var outcome in candidate.Outcomes)
                {
                    var result = outcome.Result switch { true => "true", false => "FALSE", null => $"THREW {outcome.Error}" };
                    var first = ReferenceEquals(outcome, candidate.FirstFailing) ? "  <- first condition that failed" : "";
                    output.WriteLine($"      {outcome.Number}. {result}{first}");
                    foreach (var value in outcome.Values)
                    {
                        output.WriteLine($"         {TerminalText.Plain(value.Expression)} = {TerminalText.Plain(value.Value)}");
                    }
                }

                if (candidate.FirstFailing is null)
                {
                    output.WriteLine("      every condition it reached held");
                }
            }
        }

        foreach (var firing in explanation.Firings)
        {
            output.WriteLine($"Fired on: {TerminalText.Plain(string.Join(" + ", firing))}");
        }
    }
}
