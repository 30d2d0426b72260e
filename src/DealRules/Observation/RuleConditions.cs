using System.Linq.Expressions;
using DealRules.Authoring;
using NRules.RuleModel;

namespace DealRules.Observation;

/// <summary>
/// The conditions of a pack's rules, read from their NRules definitions (every condition of every
/// pattern, in the order the rule declares them, aggregates' inner patterns included), and the way
/// back from an expression NRules reports evaluating to the condition of a rule it belongs to. The
/// Rete network shares a node between rules whose conditions are alike, and reports the expression
/// of the rule that built it: such an expression is matched to the other rules' conditions by its text.
/// </summary>
internal sealed class RuleConditions
{
    private readonly Dictionary<IRuleDefinition, RuleEntry> byDefinition = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(IRuleDefinition Rule, Expression Expression), int> resolved = new(ResolvedKeyComparer.Instance);

    public RuleConditions(IEnumerable<IRuleDefinition> rules)
    {
        foreach (var rule in rules)
        {
            var conditions = new List<ConditionDefinition>();
            Collect(rule.LeftHandSide, conditions);
            var info = RuleInfo.Of(rule);
            byDefinition[rule] = new RuleEntry(info, conditions);
        }

        Rules = byDefinition.Values.OrderBy(r => r.Info.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RuleEntry> Rules { get; }

    public RuleEntry? Entry(IRuleDefinition rule) => byDefinition.GetValueOrDefault(rule);

    /// <summary>The index of the condition of <paramref name="rule"/> that <paramref name="expression"/> is; -1 when it is none (a binding, an aggregate's selector).</summary>
    public int ConditionOf(IRuleDefinition rule, Expression expression)
    {
        lock (resolved)
        {
            if (resolved.TryGetValue((rule, expression), out var known))
            {
                return known;
            }

            var index = -1;
            if (byDefinition.TryGetValue(rule, out var entry))
            {
                index = entry.Conditions.FindIndex(c => ReferenceEquals(c.Expression, expression));
                if (index < 0 && expression is LambdaExpression lambda)
                {
                    var text = ConditionText.Key(lambda);
                    index = entry.Conditions.FindIndex(c => c.Key == text);
                }
            }

            resolved[(rule, expression)] = index;
            return index;
        }
    }

    private static void Collect(RuleElement element, List<ConditionDefinition> conditions)
    {
        switch (element)
        {
            case PatternElement pattern:
                if (pattern.Source is { } source)
                {
                    Collect(source, conditions);
                }

                foreach (var condition in pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName))
                {
                    conditions.Add(new ConditionDefinition(conditions.Count, pattern.Declaration.Name, pattern.ValueType, condition.Expression));
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Collect(child, conditions);
                }

                break;
            case AggregateElement aggregate:
                Collect(aggregate.Source, conditions);
                break;
            case NotElement not:
                Collect(not.Source, conditions);
                break;
            case ExistsElement exists:
                Collect(exists.Source, conditions);
                break;
            case ForAllElement forAll:
                Collect(forAll.BasePattern, conditions);
                foreach (var pattern in forAll.Patterns)
                {
                    Collect(pattern, conditions);
                }

                break;
        }
    }

    /// <summary>A rule and its conditions.</summary>
    internal sealed record RuleEntry(RuleInfo Info, List<ConditionDefinition> Conditions);

    /// <summary>One condition of a pattern: which alias it tests, and the expression.</summary>
    internal sealed record ConditionDefinition(int Index, string Alias, Type FactType, LambdaExpression Expression)
    {
        public string Key { get; } = ConditionText.Key(Expression);

        public string Text { get; } = ConditionText.Of(Expression);
    }

    private sealed class ResolvedKeyComparer : IEqualityComparer<(IRuleDefinition Rule, Expression Expression)>
    {
        public static readonly ResolvedKeyComparer Instance = new();

        public bool Equals((IRuleDefinition Rule, Expression Expression) x, (IRuleDefinition Rule, Expression Expression) y) =>
            ReferenceEquals(x.Rule, y.Rule) && ReferenceEquals(x.Expression, y.Expression);

        public int GetHashCode((IRuleDefinition Rule, Expression Expression) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Rule), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Expression));
    }
}
