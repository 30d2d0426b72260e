using System.Collections.Immutable;

namespace DealRules.Authoring;

/// <summary>
/// One thing a rule found in a deal or a portfolio. Rules make findings only with
/// <see cref="FindingExtensions.Finding(NRules.RuleModel.IContext, Severity, string)"/>, which takes the
/// rule's id, title, category and perspective from the rule that is firing; nothing else can set them,
/// so no rule can report under another's id.
/// </summary>
public sealed record Finding
{
    internal Finding()
    {
    }

    /// <summary>The id of the rule that found it, such as <c>CIRC001</c>.</summary>
    public string RuleId { get; internal init; } = "";

    /// <summary>The rule's title.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>The rule's category.</summary>
    public Category Category { get; internal init; }

    /// <summary>How much it matters.</summary>
    public Severity Severity { get; internal init; }

    /// <summary>Whose interest it speaks for.</summary>
    public Perspective Perspective { get; internal init; }

    /// <summary>The ids of the deals it rests on, sorted.</summary>
    public IReadOnlyList<string> DealIds { get; internal init => field = value.ToImmutableArray(); } = [];

    /// <summary>The party ids involved, in the order that explains the finding.</summary>
    public IReadOnlyList<string> Parties { get; internal init => field = value.ToImmutableArray(); } = [];

    /// <summary>One sentence, with the numbers in it.</summary>
    public string Message { get; internal init; } = "";

    /// <summary>Named values the rule computed.</summary>
    public Evidence Evidence { get; internal init; } = Evidence.Empty;

    /// <summary>JSON pointers into the documents matched, written <c>DEALID#/investments/0</c>.</summary>
    public IReadOnlyList<string> Facts { get; internal init => field = value.ToImmutableArray(); } = [];
}
