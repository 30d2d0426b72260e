using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// Where a compilation holds rules written for a DealRules rule pack, the only place the DR2xxx diagnostics
/// apply: every class of a project marked a rule pack (<c>&lt;DealRulesRulePack&gt;true&lt;/DealRulesRulePack&gt;</c>,
/// which the runtime pack compiler also sets), and elsewhere a rule class that carries one of the catalog
/// attributes (<c>[RuleId]</c>, <c>[RuleTitle]</c>, …) and the code inside it. An application that references
/// DealRules and also has ordinary NRules rules is not a pack, and its ordinary rules are left alone.
/// Built once per compilation; decisions about a type are cached for the compilation's lifetime only.
/// </summary>
internal sealed class RulePackScope
{
    /// <summary>The MSBuild property (as the analyzer sees it) that makes a whole project a rule pack.</summary>
    public const string RulePackProperty = "build_property.DealRulesRulePack";

    private readonly NRulesSymbols nrules;
    private readonly DealRulesSymbols dealRules;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> packRules = new(SymbolEqualityComparer.Default);

    private RulePackScope(bool wholeCompilation, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        IsWholeCompilation = wholeCompilation;
        this.nrules = nrules;
        this.dealRules = dealRules;
    }

    /// <summary>True when the project is marked a rule pack: all of its code is pack code.</summary>
    public bool IsWholeCompilation { get; }

    public static RulePackScope Create(AnalyzerOptions options, NRulesSymbols nrules, DealRulesSymbols dealRules) =>
        new(IsMarkedRulePack(options.AnalyzerConfigOptionsProvider.GlobalOptions), nrules, dealRules);

    /// <summary>True when the project's options mark it a rule pack.</summary>
    public static bool IsMarkedRulePack(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(RulePackProperty, out var flag) && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a rule class written for a pack: any rule class of a pack project, or one that carries a catalog attribute.</summary>
    /// <remarks>Asked for the containing types of every operation DR2005 sees, so the whole answer is cached, base-type walk included.</remarks>
    public bool IsPackRule(INamedTypeSymbol type) =>
        IsWholeCompilation
            ? nrules.IsRuleClass(type)
            : packRules.GetOrAdd(type, t => nrules.IsRuleClass(t) && dealRules.CatalogAttributes.Any(a => DealRulesSymbols.Attribute(t, a.Type) is not null));

    /// <summary>True when code in <paramref name="symbol"/> (a member, a type, or null for code outside any type) is pack code.</summary>
    public bool Contains(ISymbol? symbol)
    {
        if (IsWholeCompilation)
        {
            return true;
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsPackRule(type))
            {
                return true;
            }
        }

        return false;
    }
}
