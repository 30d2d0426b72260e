using System.Linq.Expressions;
using System.Text;
using DealRules.Authoring;
using DealRules.Engine;
using DealRules.Observation;
using DealRules.Reporting;
using NRules.Fluent.Dsl;

namespace DealRules.Testing;

/// <summary>
/// What a <see cref="RulesTestFixture"/> evaluated: the report, the findings of each rule, and
/// <see cref="Verify"/> to assert which rules fired. A failed verification throws
/// <see cref="RuleAssertionException"/> (any test framework reports it) whose message lists what each
/// rule was expected to do, the findings it made, and, for a rule that fired less than expected, why:
/// the first condition that failed for each candidate, with the values it compared.
/// </summary>
public sealed class RuleTestResult
{
    private readonly Func<string, RuleExplanation> explain;

    internal RuleTestResult(EvaluationReport report, RulePack pack, Func<string, RuleExplanation> explain)
    {
        Report = report;
        Pack = pack;
        this.explain = explain;
    }

    /// <summary>The report, as <c>dealrules evaluate</c> would write it (<see cref="ReportSnapshots.ToSnapshotJson(EvaluationReport)"/> serializes it).</summary>
    public EvaluationReport Report { get; }

    /// <summary>The rules evaluated.</summary>
    public RulePack Pack { get; }

    /// <summary>Every finding, in report order.</summary>
    public IReadOnlyList<Finding> Findings => Report.Findings;

    /// <summary>The findings of one rule, in report order.</summary>
    /// <param name="ruleId">The rule's id.</param>
    public IReadOnlyList<Finding> Of(string ruleId) => Report.Findings.Where(f => f.RuleId == ruleId).ToArray();

    /// <summary>The findings of one rule, in report order.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    public IReadOnlyList<Finding> Of<TRule>()
        where TRule : Rule => Of(RulePack.RuleOf(typeof(TRule)).Id);

    /// <summary>Why a rule fired or did not on these documents.</summary>
    /// <param name="ruleId">The rule's id.</param>
    public RuleExplanation Explain(string ruleId) => explain(ruleId);

    /// <summary>Why a rule fired or did not on these documents.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    public RuleExplanation Explain<TRule>()
        where TRule : Rule => explain(RulePack.RuleOf(typeof(TRule)).Id);

    /// <summary>Asserts how rules fired: <c>result.Verify(x =&gt; x.Rule&lt;SpendBackRatioRule&gt;().Fired(Times.Once, f =&gt; f.Severity == Severity.High))</c>.</summary>
    /// <param name="expectations">Declares the expectations; every one is checked, and all that fail are reported together.</param>
    /// <exception cref="RuleAssertionException">An expectation is not met.</exception>
    public void Verify(Action<IRulesVerification> expectations)
    {
        var verification = new RulesVerification(this);
        expectations(verification);
        var failures = verification.Expectations.Where(e => !e.IsMet(this)).ToArray();
        if (failures.Length == 0)
        {
            return;
        }

        var message = new StringBuilder();
        foreach (var failure in failures)
        {
            var findings = Of(failure.RuleId);
            message.AppendLine($"{failure.RuleId} was expected to fire {failure.Times}{failure.Matching}, and {(failure.Count(this) == findings.Count ? "" : $"{failure.Count(this)} of its findings matched; ")}it fired {Plural(findings.Count)}.");
            foreach (var finding in findings)
            {
                message.AppendLine($"  {Wording.Name(finding.Severity)} {finding.RuleId} ({string.Join(", ", finding.DealIds)}; {string.Join(", ", finding.Parties)}): {finding.Message}");
            }

            if (findings.Count == 0 || failure.Count(this) < findings.Count)
            {
                message.Append(ExplanationSummary.Of(Explain(failure.RuleId)));
            }
        }

        throw new RuleAssertionException(message.ToString().TrimEnd());
    }

    private static string Plural(int count) => count == 1 ? "once" : $"{count} times";

    /// <summary>One expectation about one rule.</summary>
    internal sealed record Expectation(string RuleId, Times Times, Func<Finding, bool>? Predicate, string Matching)
    {
        public int Count(RuleTestResult result) => result.Of(RuleId).Count(f => Predicate?.Invoke(f) ?? true);

        public bool IsMet(RuleTestResult result) => Times.Accepts(Count(result));
    }

    private sealed class RulesVerification(RuleTestResult result) : IRulesVerification
    {
        public List<Expectation> Expectations { get; } = [];

        public IRuleVerification Rule<TRule>()
            where TRule : Rule => Rule(RulePack.RuleOf(typeof(TRule)).Id);

        public IRuleVerification Rule(string ruleId) => result.Pack.Rules.Any(r => r.Id == ruleId)
            ? new RuleVerification(ruleId, Expectations)
            : throw new ArgumentException($"{result.Pack.Name} has no rule '{ruleId}'; its rules are {string.Join(", ", result.Pack.Rules.Select(r => r.Id))}.", nameof(ruleId));
    }

    private sealed class RuleVerification(string ruleId, List<Expectation> expectations) : IRuleVerification
    {
        public void Fired() => Fired(Times.AtLeastOnce);

        public void Fired(Times times) => expectations.Add(new Expectation(ruleId, times, null, ""));

        public void Fired(Times times, Expression<Func<Finding, bool>> matching) =>
            expectations.Add(new Expectation(ruleId, times, matching.Compile(), $" with a finding where {matching.Body}"));

        public void Fired(Times times, Severity severity, params string[] parties) =>
            expectations.Add(new Expectation(ruleId, times, f => f.Severity == severity && (parties.Length == 0 || f.Parties.SequenceEqual(parties)),
                $" at {Wording.Name(severity)}{(parties.Length == 0 ? "" : $" about {string.Join(", ", parties)}")}"));

        public void NeverFired() => Fired(Times.Never);
    }
}

/// <summary>Declares expectations about several rules.</summary>
public interface IRulesVerification
{
    /// <summary>Expectations about one rule.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    IRuleVerification Rule<TRule>()
        where TRule : Rule;

    /// <summary>Expectations about one rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <exception cref="ArgumentException">No rule of the pack has that id.</exception>
    IRuleVerification Rule(string ruleId);
}

/// <summary>Declares how a rule is expected to fire. Each firing of a DealRules rule is one finding.</summary>
public interface IRuleVerification
{
    /// <summary>The rule fired at least once.</summary>
    void Fired();

    /// <summary>The rule fired so many times.</summary>
    /// <param name="times">How many times.</param>
    void Fired(Times times);

    /// <summary>So many of the rule's findings match.</summary>
    /// <param name="times">How many.</param>
    /// <param name="matching">Which findings count: <c>f =&gt; f.Evidence["spendBackRatio"] is 1.2m</c>.</param>
    void Fired(Times times, Expression<Func<Finding, bool>> matching);

    /// <summary>So many of the rule's findings have this severity and (when any are named) exactly these parties, in this order.</summary>
    /// <param name="times">How many.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="parties">The parties' ids, as the finding lists them; none to accept any.</param>
    void Fired(Times times, Severity severity, params string[] parties);

    /// <summary>The rule did not fire.</summary>
    void NeverFired();
}
