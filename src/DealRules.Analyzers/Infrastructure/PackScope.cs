using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// Where the DR2xxx checks apply: the whole compilation of a project marked a rule pack
/// (<c>&lt;DealRulesRulePack&gt;true&lt;/DealRulesRulePack&gt;</c>, as every pack compiled from source is),
/// else the rule classes written for a DealRules pack: those carrying a catalog attribute.
/// An application's ordinary NRules rules are out of scope.
/// </summary>
internal sealed class PackScope
{
    private readonly bool wholeCompilation;
    private readonly NRulesSymbols nrules;
    private readonly DealRulesSymbols dealRules;

    public PackScope(bool wholeCompilation, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        this.wholeCompilation = wholeCompilation;
        this.nrules = nrules;
        this.dealRules = dealRules;
    }

    /// <summary>True when code in <paramref name="symbol"/> (a member or a type) is rule-pack code.</summary>
    public bool Contains(ISymbol? symbol)
    {
        if (wholeCompilation)
        {
            return true;
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsCatalogRule(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a rule class that carries at least one catalog attribute.</summary>
    public bool IsCatalogRule(INamedTypeSymbol type)
    {
        if (!nrules.IsRuleClass(type))
        {
            return false;
        }

        foreach (var (attribute, _) in dealRules.CatalogAttributes)
        {
            if (DealRulesSymbols.Attribute(type, attribute) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
