namespace DealRules.Authoring;

/// <summary>The rule's catalog id, such as <c>CIRC001</c>: its category's prefix and three digits.</summary>
/// <param name="id">The id.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleIdAttribute(string id) : Attribute
{
    /// <summary>The id.</summary>
    public string Id { get; } = id;
}

/// <summary>The rule's title: a short phrase naming what it detects.</summary>
/// <param name="title">The title.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleTitleAttribute(string title) : Attribute
{
    /// <summary>The title.</summary>
    public string Title { get; } = title;
}

/// <summary>The catalog category the rule belongs to.</summary>
/// <param name="category">The category.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RuleCategoryAttribute(Category category) : Attribute
{
    /// <summary>The category.</summary>
    public Category Category { get; } = category;
}

/// <summary>Whose interest the rule's findings speak for.</summary>
/// <param name="perspective">The perspective.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RulePerspectiveAttribute(Perspective perspective) : Attribute
{
    /// <summary>The perspective.</summary>
    public Perspective Perspective { get; } = perspective;
}

/// <summary>The severity the rule reports unless it says otherwise for a finding.</summary>
/// <param name="severity">The severity.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DefaultSeverityAttribute(Severity severity) : Attribute
{
    /// <summary>The severity.</summary>
    public Severity Severity { get; } = severity;
}
