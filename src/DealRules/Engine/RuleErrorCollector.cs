using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Reporting;
using NRules;
using NRules.RuleModel;

namespace DealRules.Engine;

/// <summary>
/// Records what the rules of one session throw, and lets the other rules go on. It reads only what
/// the engine's own types say: an exception's message only when the framework, NRules or DealRules
/// threw it, deal ids only from DealRules' facts, so no rule code runs while a rule's error is handled.
/// </summary>
internal sealed class RuleErrorCollector
{
    private readonly SortedSet<Entry> errors = [];
    private IRuleDefinition? lastFired;

    public RuleErrorCollector(ISession session)
    {
        session.Events.RuleFiredEvent += (_, e) => lastFired = e.Rule;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            foreach (var rule in e.Rules)
            {
                Add(rule, e.Facts.Select(f => f.Value), e.Exception!);
            }
        };
        session.Events.AgendaExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            Add(e.Rule, e.Facts.Select(f => f.Value), e.Exception!);
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            Add(e.Match.Rule, e.Match.Facts.Select(f => f.Value), e.Exception!);
        };
    }

    /// <summary>The rule that fired last halted the session.</summary>
    public void Halted()
    {
        if (lastFired is { } rule)
        {
            lock (errors)
            {
                errors.Add(new Entry(RuleIdOf(rule), "", "the rule halted the session; the other rules ran on"));
            }
        }
    }

    public RuleError[] Collected() => errors
        .Select(e => new RuleError(e.RuleId, e.DealIds.Length == 0 ? [] : e.DealIds.Split(' '), e.Message))
        .ToArray();

    private void Add(IRuleDefinition rule, IEnumerable<object?> facts, Exception exception)
    {
        var ruleId = RuleIdOf(rule);
        var dealIds = facts.OfType<IDealFact>().Where(IsTrusted).SelectMany(f => f.DealIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var cause = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
        var message = IsTrusted(cause) ? $"{cause.GetType().Name}: {cause.Message}" : $"{cause.GetType().Name} (an exception type of the pack)";
        lock (errors)
        {
            errors.Add(new Entry(ruleId, string.Join(' ', dealIds), message));
        }
    }

    /// <summary>True for objects of the runtime's, NRules' or DealRules' own types, whose members run no pack code.</summary>
    private static bool IsTrusted(object value)
    {
        var assembly = value.GetType().Assembly;
        return assembly == typeof(IDealFact).Assembly || assembly == typeof(object).Assembly
            || assembly.GetName().Name is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("NRules", StringComparison.Ordinal)
                || name == "DealRules");
    }

    private static string RuleIdOf(IRuleDefinition rule)
    {
        try
        {
            return RuleInfo.Of(rule).Id;
        }
        catch (RulePackException)
        {
            return rule.Name;
        }
    }

    /// <summary>
    /// One error, ordered by rule id, then deal ids, then message, each compared as a value tuple of them
    /// would. A class: a sorted set of value tuples is generic code the ReadyToRun image cannot hold,
    /// compiled on first use by every session.
    /// </summary>
    private sealed record Entry(string RuleId, string DealIds, string Message) : IComparable<Entry>
    {
        public int CompareTo(Entry? other) =>
            other is null ? 1
            : Comparer<string>.Default.Compare(RuleId, other.RuleId) is var rule and not 0 ? rule
            : Comparer<string>.Default.Compare(DealIds, other.DealIds) is var deals and not 0 ? deals
            : Comparer<string>.Default.Compare(Message, other.Message);
    }
}
