using System.Reflection;
using System.Runtime.CompilerServices;
using NRules.Fluent;
using NRules.RuleModel;

namespace DealRules.Authoring;

/// <summary>A rule's catalog entry, read from the attributes on its class.</summary>
/// <param name="Id">The rule id, such as <c>CIRC001</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Category">The category.</param>
/// <param name="Perspective">Whose interest its findings speak for.</param>
/// <param name="DefaultSeverity">The severity it reports unless a finding says otherwise.</param>
public sealed record RuleInfo(string Id, string Title, Category Category, Perspective Perspective, Severity DefaultSeverity)
{
    private static readonly ConditionalWeakTable<Type, RuleInfo> Cache = [];

    /// <summary>The rule class's name, such as <c>SpendBackRatioRule</c>: a name for tools (SARIF's rule name); empty for a rule known only by its catalog entry.</summary>
    public string ClassName { get; init; } = "";

    /// <summary>The lowest document format the rule runs on (<see cref="RequiresFormatAttribute"/>); 1 for a rule of every format.</summary>
    public int RequiresFormat { get; init; } = 1;

    /// <summary>The metadata of a rule class; for the engine, which loads packs (the authoring surface offers no reflection).</summary>
    /// <param name="ruleType">A class carrying the catalog attributes.</param>
    /// <exception cref="RulePackException">An attribute is missing.</exception>
    internal static RuleInfo Of(Type ruleType) => Cache.GetValue(ruleType, Read);

    /// <summary>The metadata of the rule an NRules rule definition was built from.</summary>
    /// <param name="rule">The definition, as found on <c>IContext.Rule</c>.</param>
    internal static RuleInfo Of(IRuleDefinition rule) =>
        rule.Properties.TryGetProperty(RuleProperties.ClrType, out var type) && type.Value is Type ruleType
            ? Of(ruleType)
            : throw new RulePackException($"Rule '{rule.Name}' was not loaded from a rule class, so it has no catalog metadata.");

    private static RuleInfo Read(Type type)
    {
        T Required<T>(string attribute) where T : Attribute =>
            type.GetCustomAttribute<T>() ?? throw new RulePackException($"Rule class {type.FullName} has no [{attribute}] attribute.");

        return new RuleInfo(
            Required<RuleIdAttribute>(CatalogFormat.RuleId).Id,
            Required<RuleTitleAttribute>(CatalogFormat.RuleTitle).Title,
            Required<RuleCategoryAttribute>(CatalogFormat.RuleCategory).Category,
            Required<RulePerspectiveAttribute>(CatalogFormat.RulePerspective).Perspective,
            Required<DefaultSeverityAttribute>(CatalogFormat.DefaultSeverity).Severity)
        {
            RequiresFormat = type.GetCustomAttribute<RequiresFormatAttribute>()?.Format ?? 1,
            ClassName = type.Name,
        };
    }
}
