using System.Runtime.CompilerServices;
using DealRules.Authoring;
using NRules;
using NRules.Diagnostics;

namespace DealRules.Observation;

/// <summary>
/// Watches evaluations through NRules' own session events (each condition evaluated, with its
/// arguments and result; each rule fired) and keeps what it was asked for: the coverage of the rules'
/// conditions, and the explanation of some rules. Pass it to
/// <see cref="Engine.IObservableEvaluator.Evaluate(IReadOnlyCollection{Documents.DealDocument}, Profiles.Profile?, EvaluationObserver, CancellationToken)"/>
/// for as many evaluations as the corpus takes; evaluations without an observer listen to nothing and
/// pay nothing. Thread-safe.
/// </summary>
public sealed class EvaluationObserver
{
    /// <summary>The most candidates and firings an explanation keeps for one rule.</summary>
    public const int MaxCandidates = 200;

    private readonly object gate = new();
    private readonly Dictionary<string, RuleTally> rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> explained;

    /// <summary>Creates an observer.</summary>
    /// <param name="coverage">Count every condition's outcomes and every rule's firings.</param>
    /// <param name="explain">The ids of the rules to explain (every candidate and outcome kept); empty for none.</param>
    public EvaluationObserver(bool coverage, IEnumerable<string> explain)
    {
        CoversRules = coverage;
        explained = explain.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An observer of coverage only.</summary>
    public static EvaluationObserver ForCoverage() => new(true, []);

    /// <summary>An observer that explains the rules named.</summary>
    /// <param name="ruleIds">The rules' ids.</param>
    public static EvaluationObserver ForExplanation(params string[] ruleIds) => new(false, ruleIds);

    /// <summary>True when it counts the coverage of every rule.</summary>
    public bool CoversRules { get; }

    /// <summary>The rules it explains.</summary>
    public IReadOnlySet<string> ExplainedRules => explained;

    /// <summary>The coverage so far of every rule of the packs observed.</summary>
    public CoverageReport Coverage()
    {
        lock (gate)
        {
            return new CoverageReport(rules.Values.OrderBy(r => r.Info.Id, StringComparer.Ordinal)
                .Select(r => new RuleCoverage(r.Info.Id, r.Info.Title, r.Fired, r.ConditionCoverage()))
                .ToArray());
        }
    }

    /// <summary>The explanations so far of the rules asked for that the packs observed have, ordered by id.</summary>
    public IReadOnlyList<RuleExplanation> Explanations()
    {
        lock (gate)
        {
            return rules.Values.Where(r => r.Explanation is not null).OrderBy(r => r.Info.Id, StringComparer.Ordinal)
                .Select(r => r.Explanation!.ToExplanation(r))
                .ToArray();
        }
    }

    /// <summary>Takes note of a pack's rules, so that a rule no fact ever reached still counts.</summary>
    internal void Register(RuleConditions conditions)
    {
        lock (gate)
        {
            foreach (var entry in conditions.Rules)
            {
                if (!rules.ContainsKey(entry.Info.Id))
                {
                    rules[entry.Info.Id] = new RuleTally(entry, explained.Contains(entry.Info.Id));
                }
            }
        }
    }

    /// <summary>Listens to one session's events.</summary>
    internal void Listen(ISession session, RuleConditions conditions)
    {
        session.Events.LhsExpressionEvaluatedEvent += (_, e) => Evaluated(e, conditions);
        session.Events.RuleFiredEvent += (_, e) => Fired(e, conditions);
    }

    private void Evaluated(LhsExpressionEventArgs e, RuleConditions conditions)
    {
        if (e.Exception is null && e.Result is not bool)
        {
            return;
        }

        object?[]? arguments = null;
        object?[]? facts = null;
        foreach (var rule in e.Rules)
        {
            var index = conditions.ConditionOf(rule, e.Expression);
            if (index < 0 || conditions.Entry(rule) is not { } entry)
            {
                continue;
            }

            lock (gate)
            {
                if (!rules.TryGetValue(entry.Info.Id, out var tally))
                {
                    continue;
                }

                tally.Count(index, e.Exception is null ? (bool)e.Result! : null);
                if (tally.Explanation is { } explanation)
                {
                    arguments ??= e.Arguments.ToArray();
                    facts ??= e.Facts.Select(f => f.Value).ToArray();
                    explanation.Add(facts, entry.Conditions[index], e.Exception is null ? (bool)e.Result! : null, e.Exception, arguments);
                }
            }
        }
    }

    private void Fired(AgendaEventArgs e, RuleConditions conditions)
    {
        if (conditions.Entry(e.Rule) is not { } entry)
        {
            return;
        }

        lock (gate)
        {
            if (rules.TryGetValue(entry.Info.Id, out var tally))
            {
                tally.Fired++;
                tally.Explanation?.AddFiring(e.Facts.Select(f => ConditionText.Fact(f.Value)).ToArray());
            }
        }
    }

    /// <summary>One rule's counts, and its explanation when asked for.</summary>
    private sealed class RuleTally(RuleConditions.RuleEntry entry, bool explain)
    {
        private readonly long[] whenTrue = new long[entry.Conditions.Count];
        private readonly long[] whenFalse = new long[entry.Conditions.Count];
        private readonly long[] failed = new long[entry.Conditions.Count];

        public RuleInfo Info { get; } = entry.Info;

        public long Fired { get; set; }

        public ExplanationBuilder? Explanation { get; } = explain ? new ExplanationBuilder() : null;

        public void Count(int condition, bool? result)
        {
            var counts = result switch { true => whenTrue, false => whenFalse, null => failed };
            counts[condition]++;
        }

        public ConditionCoverage[] ConditionCoverage() => entry.Conditions
            .Select(c => new ConditionCoverage(c.Index + 1, c.Alias, c.FactType.Name, c.Text, whenTrue[c.Index], whenFalse[c.Index], failed[c.Index]))
            .ToArray();
    }

    /// <summary>The candidates of one rule, each keyed by its facts (by reference), in the order first seen.</summary>
    private sealed class ExplanationBuilder
    {
        private readonly Dictionary<object?[], Candidate> byFacts = new(FactsComparer.Instance);
        private readonly List<Candidate> candidates = [];
        private readonly List<IReadOnlyList<string>> firings = [];
        private readonly Dictionary<RuleConditions.ConditionDefinition, ConditionText.Operand[]> operands = new(ReferenceEqualityComparer.Instance);
        private int leftOut;

        public void Add(object?[] facts, RuleConditions.ConditionDefinition condition, bool? result, Exception? exception, object?[] arguments)
        {
            if (!byFacts.TryGetValue(facts, out var candidate))
            {
                if (candidates.Count >= MaxCandidates)
                {
                    leftOut++;
                    byFacts[facts] = new Candidate([]);
                    return;
                }

                candidate = new Candidate(facts.Select(ConditionText.Fact).ToArray());
                byFacts[facts] = candidate;
                candidates.Add(candidate);
            }

            if (candidate.Facts.Count == 0)
            {
                return;
            }

            if (!operands.TryGetValue(condition, out var parts))
            {
                parts = ConditionText.Operands(condition.Expression);
                operands[condition] = parts;
            }

            var values = parts.Select(p => new OperandValue(p.Text, p.ValueOn(arguments))).ToArray();
            candidate.Outcomes[condition.Index + 1] = new ConditionOutcome(condition.Index + 1, condition.Text, result, exception?.GetType().Name, values);
        }

        public void AddFiring(IReadOnlyList<string> facts)
        {
            if (firings.Count < MaxCandidates)
            {
                firings.Add(facts);
            }
        }

        public RuleExplanation ToExplanation(RuleTally tally) => new(
            tally.Info.Id,
            tally.Info.Title,
            tally.ConditionCoverage(),
            candidates.Select(c => new ExplainedCandidate(c.Facts, c.Outcomes.Values.ToArray())).ToArray(),
            leftOut,
            firings.ToArray());

        private sealed record Candidate(IReadOnlyList<string> Facts)
        {
            public SortedDictionary<int, ConditionOutcome> Outcomes { get; } = [];
        }
    }

    private sealed class FactsComparer : IEqualityComparer<object?[]>
    {
        public static readonly FactsComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) =>
            x is not null && y is not null && x.Length == y.Length && x.Zip(y).All(p => ReferenceEquals(p.First, p.Second));

        public int GetHashCode(object?[] facts)
        {
            var hash = new HashCode();
            foreach (var fact in facts)
            {
                hash.Add(RuntimeHelpers.GetHashCode(fact));
            }

            return hash.ToHashCode();
        }
    }
}
