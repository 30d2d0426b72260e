using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1001: a concrete rule class that is not public, or is nested, is never found by the default loader.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleClassMustBePublic : NRulesAnalyzer
{
    public RuleClassMustBePublic() : base(Descriptors.DR1001_RuleClassMustBePublic)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        start.RegisterSymbolAction(
            context =>
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!nrules.IsConcreteRuleClass(type) || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
                {
                    return;
                }

                var problem = type.ContainingType is { } outer
                    ? $"nested in '{outer.Name}'"
                    : type.DeclaredAccessibility != Accessibility.Public ? "not public" : null;
                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR1001_RuleClassMustBePublic, type.Locations[0], type.Name, problem));
                }
            },
            SymbolKind.NamedType);
}
