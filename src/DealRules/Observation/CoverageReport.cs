using System.Globalization;
using System.Text.Json.Serialization;

namespace DealRules.Observation;

/// <summary>
/// What a corpus exercised: for each rule of the packs evaluated, how often it fired, and for each of
/// its conditions how often it was evaluated true and false. A condition is covered when it was seen
/// both ways; a rule is covered when it fired.
/// </summary>
/// <param name="Rules">Every rule of the packs observed, ordered by id.</param>
public sealed record CoverageReport(IReadOnlyList<RuleCoverage> Rules)
{
    /// <summary>How many rules fired at least once.</summary>
    public int RulesFired => Rules.Count(r => r.Fired > 0);

    /// <summary>How many outcomes the conditions can have: two (true and false) for each condition of each rule.</summary>
    public int ConditionOutcomes => Rules.Sum(r => r.Conditions.Count) * 2;

    /// <summary>How many of those outcomes were seen.</summary>
    public int ConditionOutcomesSeen => Rules.Sum(r => r.Conditions.Sum(c => (c.WhenTrue > 0 ? 1 : 0) + (c.WhenFalse > 0 ? 1 : 0)));

    /// <summary>The share of rules that fired, in percent (100 for no rules).</summary>
    public decimal RulePercent => Percent(RulesFired, Rules.Count);

    /// <summary>The share of condition outcomes seen, in percent (100 for no conditions).</summary>
    public decimal ConditionPercent => Percent(ConditionOutcomesSeen, ConditionOutcomes);

    /// <summary>The rules that never fired.</summary>
    [JsonIgnore]
    public IEnumerable<RuleCoverage> NeverFired => Rules.Where(r => r.Fired == 0);

    /// <summary>One line: <c>rules 22/22 fired (100.0%); condition outcomes 61/74 seen (82.4%)</c>.</summary>
    [JsonIgnore]
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"rules {RulesFired}/{Rules.Count} fired ({RulePercent:0.0}%); condition outcomes {ConditionOutcomesSeen}/{ConditionOutcomes} seen ({ConditionPercent:0.0}%)");

    private static decimal Percent(int part, int whole) => whole == 0 ? 100m : Math.Round(100m * part / whole, 1, MidpointRounding.ToZero);
}

/// <summary>A rule's coverage.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Fired">How many times it fired.</param>
/// <param name="Conditions">Its conditions, in the order the rule declares them.</param>
public sealed record RuleCoverage(string RuleId, string Title, long Fired, IReadOnlyList<ConditionCoverage> Conditions);

/// <summary>A condition's coverage.</summary>
/// <param name="Number">Its number in the rule, from 1, in the order the rule declares its conditions.</param>
/// <param name="Alias">The alias of the pattern it tests (<c>flow</c> in <c>Match(() =&gt; flow, …)</c>).</param>
/// <param name="FactType">The type of fact that pattern matches.</param>
/// <param name="Text">The condition as written, with the rule's aliases.</param>
/// <param name="WhenTrue">How many times it was evaluated true.</param>
/// <param name="WhenFalse">How many times it was evaluated false.</param>
/// <param name="Failed">How many times it threw.</param>
public sealed record ConditionCoverage(int Number, string Alias, string FactType, string Text, long WhenTrue, long WhenFalse, long Failed)
{
    /// <summary>True when the condition was seen both true and false.</summary>
    public bool Covered => WhenTrue > 0 && WhenFalse > 0;
}
