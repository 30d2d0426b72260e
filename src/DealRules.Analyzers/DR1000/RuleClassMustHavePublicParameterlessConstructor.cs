using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1002: the default rule activator needs a public parameterless constructor.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleClassMustHavePublicParameterlessConstructor : NRulesAnalyzer
{
    public RuleClassMustHavePublicParameterlessConstructor() : base(Descriptors.DR1002_RuleClassMustHavePublicParameterlessConstructor)
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

                if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1002_RuleClassMustHavePublicParameterlessConstructor, type.Locations[0], type.Name));
                }
            },
            SymbolKind.NamedType);
}
