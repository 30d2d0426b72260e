using DealRules.Authoring;
using DealRules.Strategic;

namespace DealRules.Baselines.HandWritten;

/// <summary>
/// Builds findings in the report's shape: the rule's title, category and perspective from its
/// attributes, the parties in the order given, the fact pointers once each in the order cited, the deal
/// ids of those pointers sorted, and the evidence in the order written (an absent value is left out).
/// Messages are the engine's rules' own wording and are not compared: they stay empty.
/// </summary>
internal sealed class FindingShape
{
    private static readonly Dictionary<string, RuleInfo> Rules = typeof(StrategicRules).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(NRules.Fluent.Dsl.Rule)) && !t.IsAbstract)
        .Select(t => RuleInfo.Of(t))
        .ToDictionary(r => r.Id, StringComparer.Ordinal);

    private readonly RuleInfo rule;
    private readonly Severity severity;
    private readonly string[] parties;
    private readonly List<string> facts = new(4);
    private readonly List<KeyValuePair<string, object>> evidence = new(4);

    private FindingShape(string ruleId, Severity severity, string[] parties)
    {
        rule = Rules[ruleId];
        this.severity = severity;
        this.parties = parties;
    }

    public static FindingShape Of(string ruleId, Severity severity, params string[] parties) => new(ruleId, severity, parties);

    public FindingShape From(string pointer)
    {
        if (!facts.Contains(pointer))
        {
            facts.Add(pointer);
        }

        return this;
    }

    public FindingShape From(IEnumerable<string> pointers)
    {
        foreach (var pointer in pointers)
        {
            From(pointer);
        }

        return this;
    }

    public FindingShape With(string name, decimal? value)
    {
        if (value is { } known)
        {
            evidence.Add(new(name, ExactRatio.Shown(known)));
        }

        return this;
    }

    public FindingShape With(string name, string? value)
    {
        if (value is not null)
        {
            evidence.Add(new(name, value));
        }

        return this;
    }

    public FindingShape With(string name, bool value)
    {
        evidence.Add(new(name, value));
        return this;
    }

    public FindingShape With(string name, string[] values)
    {
        evidence.Add(new(name, values));
        return this;
    }

    public Finding Build()
    {
        var dealIds = new List<string>(1);
        foreach (var pointer in facts)
        {
            var dealId = pointer[..pointer.IndexOf('#', StringComparison.Ordinal)];
            if (!dealIds.Contains(dealId))
            {
                dealIds.Add(dealId);
            }
        }

        dealIds.Sort(StringComparer.Ordinal);
        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Category = rule.Category,
            Perspective = rule.Perspective,
            Severity = severity,
            Message = "",
            Parties = parties,
            DealIds = dealIds,
            Facts = facts,
            Evidence = Evidence.Of(evidence),
        };
    }
}
