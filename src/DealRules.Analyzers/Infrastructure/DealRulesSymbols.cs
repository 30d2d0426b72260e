using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The DealRules authoring API, resolved by metadata name once per compilation. A compilation that
/// does not reference DealRules gets none, and the DR2xxx analyzers register nothing there.
/// </summary>
internal sealed class DealRulesSymbols
{
    private const string Authoring = "DealRules.Authoring.";

    private DealRulesSymbols(Compilation compilation, INamedTypeSymbol ruleId)
    {
        RuleIdAttribute = ruleId;
        RuleTitleAttribute = compilation.GetTypeByMetadataName(Authoring + "RuleTitleAttribute");
        RuleCategoryAttribute = compilation.GetTypeByMetadataName(Authoring + "RuleCategoryAttribute");
        RulePerspectiveAttribute = compilation.GetTypeByMetadataName(Authoring + "RulePerspectiveAttribute");
        DefaultSeverityAttribute = compilation.GetTypeByMetadataName(Authoring + "DefaultSeverityAttribute");
        RuleParameterAttribute = compilation.GetTypeByMetadataName(Authoring + "RuleParameterAttribute");
        RuleParameters = compilation.GetTypeByMetadataName(Authoring + "RuleParameters");
        Finding = compilation.GetTypeByMetadataName("DealRules.Authoring.Finding");
    }

    public INamedTypeSymbol RuleIdAttribute { get; }

    public INamedTypeSymbol? RuleTitleAttribute { get; }

    public INamedTypeSymbol? RuleCategoryAttribute { get; }

    public INamedTypeSymbol? RulePerspectiveAttribute { get; }

    public INamedTypeSymbol? DefaultSeverityAttribute { get; }

    public INamedTypeSymbol? RuleParameterAttribute { get; }

    public INamedTypeSymbol? RuleParameters { get; }

    public INamedTypeSymbol? Finding { get; }

    /// <summary>The catalog attributes every rule carries, with the name the fix writes them under.</summary>
    public IEnumerable<(INamedTypeSymbol? Type, string Name)> CatalogAttributes => new[]
    {
        ((INamedTypeSymbol?)RuleIdAttribute, "RuleId"),
        (RuleTitleAttribute, "RuleTitle"),
        (RuleCategoryAttribute, "RuleCategory"),
        (RulePerspectiveAttribute, "RulePerspective"),
        (DefaultSeverityAttribute, "DefaultSeverity"),
    };

    public static DealRulesSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName(Authoring + "RuleIdAttribute") is { } ruleId ? new DealRulesSymbols(compilation, ruleId) : null;

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
        return member is null ? null : PrefixOfCategory(member.Name);
    }

    /// <summary>The id prefix of a <c>Category</c> member, by its name (<c>CIRC</c> for <c>Circular</c>), or null.</summary>
    public static string? PrefixOfCategory(string categoryMember) => categoryMember switch
    {
        "Chip" => "CHIP",
        "Cloud" => "CLOUD",
        "Circular" => "CIRC",
        "Governance" => "GOV",
        "Valuation" => "VAL",
        "Strategic" => "STRAT",
        _ => null,
    };

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
