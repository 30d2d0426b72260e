namespace DealRules.Observation;

/// <summary>
/// Why a rule fired or did not on the documents evaluated, as NRules evaluated it: each candidate
/// (a fact, or a combination of facts a join formed) that reached a condition of the rule, the outcome
/// of each condition it reached with the values it compared, and the facts of each firing.
/// </summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Conditions">Its conditions with how often each was true and false.</param>
/// <param name="Candidates">The candidates in the order NRules first evaluated them, at most <see cref="EvaluationObserver.MaxCandidates"/>.</param>
/// <param name="CandidatesLeftOut">How many more candidates there were.</param>
/// <param name="Firings">The facts of each firing, at most <see cref="EvaluationObserver.MaxCandidates"/>.</param>
public sealed record RuleExplanation(
    string RuleId,
    string Title,
    IReadOnlyList<ConditionCoverage> Conditions,
    IReadOnlyList<ExplainedCandidate> Candidates,
    int CandidatesLeftOut,
    IReadOnlyList<IReadOnlyList<string>> Firings)
{
    /// <summary>True when the rule fired at least once.</summary>
    public bool Fired => Firings.Count > 0;
}

/// <summary>A fact or a combination of facts that reached conditions of a rule.</summary>
/// <param name="Facts">The facts, each by its type and the document entries it rests on.</param>
/// <param name="Outcomes">The conditions it reached, by number.</param>
public sealed record ExplainedCandidate(IReadOnlyList<string> Facts, IReadOnlyList<ConditionOutcome> Outcomes)
{
    /// <summary>The first condition that was false (or threw) for this candidate; null when every condition it reached held.</summary>
    public ConditionOutcome? FirstFailing => Outcomes.FirstOrDefault(o => o.Result != true);
}

/// <summary>One condition's outcome for a candidate.</summary>
/// <param name="Number">The condition's number in the rule.</param>
/// <param name="Text">The condition as written.</param>
/// <param name="Result">True or false; null when it threw.</param>
/// <param name="Error">The exception's type when it threw.</param>
/// <param name="Values">The operands of its comparisons and its other parts, with their values on this candidate.</param>
public sealed record ConditionOutcome(int Number, string Text, bool? Result, string? Error, IReadOnlyList<OperandValue> Values);

/// <summary>A part of a condition and its value.</summary>
/// <param name="Expression">The part, as written.</param>
/// <param name="Value">Its value.</param>
public sealed record OperandValue(string Expression, string Value);
