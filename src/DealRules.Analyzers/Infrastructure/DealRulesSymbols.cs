using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using DealRules.Authoring;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The DealRules authoring API, resolved by metadata name once per compilation. A compilation that
/// does not reference DealRules gets none, and the DR2xxx analyzers register nothing there.
/// </summary>
internal sealed class DealRulesSymbols
{
    private DealRulesSymbols(Compilation compilation, INamedTypeSymbol ruleId)
    {
        RuleIdAttribute = ruleId;
        RuleTitleAttribute = Attribute(compilation, CatalogFormat.RuleTitle);
        RuleCategoryAttribute = Attribute(compilation, CatalogFormat.RuleCategory);
        RulePerspectiveAttribute = Attribute(compilation, CatalogFormat.RulePerspective);
        DefaultSeverityAttribute = Attribute(compilation, CatalogFormat.DefaultSeverity);
        RuleParameterAttribute = Attribute(compilation, CatalogFormat.RuleParameter);
        RuleParameters = compilation.GetTypeByMetadataName(CatalogFormat.TypeMetadataName(CatalogFormat.RuleParameters));
        ParameterDefinition = compilation.GetTypeByMetadataName(CatalogFormat.TypeMetadataName(CatalogFormat.ParameterDefinition));
        Finding = compilation.GetTypeByMetadataName(CatalogFormat.TypeMetadataName("Finding"));
        CatalogAttributes = new[]
        {
            ((INamedTypeSymbol?)RuleIdAttribute, CatalogFormat.RuleId),
            (RuleTitleAttribute, CatalogFormat.RuleTitle),
            (RuleCategoryAttribute, CatalogFormat.RuleCategory),
            (RulePerspectiveAttribute, CatalogFormat.RulePerspective),
            (DefaultSeverityAttribute, CatalogFormat.DefaultSeverity),
        };
    }

    public INamedTypeSymbol RuleIdAttribute { get; }

    public INamedTypeSymbol? RuleTitleAttribute { get; }

    public INamedTypeSymbol? RuleCategoryAttribute { get; }

    public INamedTypeSymbol? RulePerspectiveAttribute { get; }

    public INamedTypeSymbol? DefaultSeverityAttribute { get; }

    public INamedTypeSymbol? RuleParameterAttribute { get; }

    public INamedTypeSymbol? RuleParameters { get; }

    public INamedTypeSymbol? ParameterDefinition { get; }

    public INamedTypeSymbol? Finding { get; }

    /// <summary>The catalog attributes every rule carries (<see cref="CatalogFormat.CatalogAttributes"/>), with the name the fix writes them under.</summary>
    public IReadOnlyList<(INamedTypeSymbol? Type, string Name)> CatalogAttributes { get; }

    /// <summary>Every DR2xxx analyzer asks at the start of a compilation; the symbols are resolved for the first and shared with the rest.</summary>
    private static readonly ConditionalWeakTable<Compilation, StrongBox<DealRulesSymbols?>> Resolved = new();

    public static DealRulesSymbols? TryCreate(Compilation compilation) =>
        Resolved.GetValue(compilation, c => new StrongBox<DealRulesSymbols?>(
            Attribute(c, CatalogFormat.RuleId) is { } ruleId ? new DealRulesSymbols(c, ruleId) : null)).Value;

    private static INamedTypeSymbol? Attribute(Compilation compilation, string attribute) =>
        compilation.GetTypeByMetadataName(CatalogFormat.AttributeMetadataName(attribute));

    public static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol? attributeType) =>
        attributeType is null ? null : symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));

    /// <summary>The rule id a class declares, or null.</summary>
    public string? RuleIdOf(ISymbol rule) => FirstArgument(Attribute(rule, RuleIdAttribute))?.Value as string;

    /// <summary>The id prefix of the category a class declares (<c>CIRC</c> for Circular), or null.</summary>
    public string? CategoryPrefixOf(ISymbol rule)
    {
        if (FirstArgument(Attribute(rule, RuleCategoryAttribute)) is not { Type: INamedTypeSymbol enumType, Value: { } value })
        {
            return null;
        }

        var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
        return member is null ? null : CatalogFormat.IdPrefix(member.Name);
    }

    /// <summary>The attribute's first constructor argument, when it has exactly one.</summary>
    public static TypedConstant? FirstArgument(AttributeData? attribute) =>
        attribute is { ConstructorArguments.Length: 1 } ? attribute.ConstructorArguments[0] : null;

    /// <summary>The parameter names the compilation declares with <c>[assembly: RuleParameter]</c>.</summary>
    public HashSet<string> DeclaredParameters(Compilation compilation) =>
        new(compilation.Assembly.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, RuleParameterAttribute))
            .Select(a => a.ConstructorArguments.Length > 0 ? a.ConstructorArguments[0].Value as string : null)
            .OfType<string>());
}
