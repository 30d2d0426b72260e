using System.Collections.Immutable;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2001: a rule written for a pack lacks some of its catalog metadata: id, title, category, perspective, default
/// severity. A rule is written for a pack when it carries one of those attributes or its project is marked a rule
/// pack (<see cref="RulePackScope"/>); an ordinary NRules rule in an application is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleMustHaveCatalogMetadata : DealRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR2001", Descriptors.RulePack, DiagnosticSeverity.Error,
        "Rule lacks catalog metadata",
        "Rule '{0}' lacks {1}",
        "A rule written for a rule pack (one that carries a catalog attribute, or any rule of a project marked a rule pack) carries its id, title, category, perspective and default severity.");

    /// <summary>The diagnostic property listing the missing attributes, comma-separated, for the code fix.</summary>
    public const string MissingProperty = "Missing";

    public RuleMustHaveCatalogMetadata() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var pack = RulePackScope.Create(start.Options, nrules, dealRules);
        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type) || type.Locations.Length == 0 || !type.Locations[0].IsInSource || !pack.IsPackRule(type))
                {
                    return;
                }

                var missing = dealRules.CatalogAttributes
                    .Where(a => DealRulesSymbols.Attribute(type, a.Type) is null)
                    .Select(a => a.Name)
                    .ToArray();
                if (missing.Length == 0)
                {
                    return;
                }

                var listed = missing.Length == 1
                    ? $"[{missing[0]}]"
                    : string.Join(", ", missing.Take(missing.Length - 1).Select(m => $"[{m}]")) + $" and [{missing[missing.Length - 1]}]";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    type.Locations[0],
                    ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, string.Join(",", missing)),
                    type.Name,
                    listed));
            },
            SymbolKind.NamedType);
    }
}
