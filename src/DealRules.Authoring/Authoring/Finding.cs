using DealRules.Authoring;

namespace DealRules.Authoring;

/// <summary>One thing a rule found in a deal or a portfolio.</summary>
public sealed record Finding
{
    /// <summary>The id of the rule that found it, such as <c>CIRC001</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>The rule's category.</summary>
    public required Category Category { get; init; }

    /// <summary>How much it matters.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Whose interest it speaks for.</summary>
    public required Perspective Perspective { get; init; }

    /// <summary>The ids of the deals it rests on, sorted.</summary>
    public IReadOnlyList<string> DealIds { get; init; } = [];

    /// <summary>The party ids involved, in the order that explains the finding.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>One sentence, with the numbers in it.</summary>
    public required string Message { get; init; }

    /// <summary>Named values the rule computed.</summary>
    public Evidence Evidence { get; init; } = Evidence.Empty;

    /// <summary>JSON pointers into the documents matched, written <c>DEALID#/investments/0</c>.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];
}
