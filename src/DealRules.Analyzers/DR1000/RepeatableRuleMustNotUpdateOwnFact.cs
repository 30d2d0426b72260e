using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1008: a repeatable rule updates a fact its own left-hand side matches, with no change filter: it can fire forever.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RepeatableRuleMustNotUpdateOwnFact : NRulesAnalyzer
{
    public RepeatableRuleMustNotUpdateOwnFact() : base(Descriptors.DR1008_RepeatableRuleMustNotUpdateOwnFact)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            if (IsNonRepeatable(define.RuleClass, nrules) || define.Calls.Any(c => c is { Part: DslPart.Filter, Name: "OnChange" }))
            {
                return;
            }

            var matched = define.Bindings.Where(b => b.Call.Name == "Match").Select(b => b.Local).OfType<ILocalSymbol>()
                .ToImmutableHashSetOf();
            foreach (var update in FactUpdates.Calls(define))
            {
                var fact = update.ArgumentList.Arguments.FirstOrDefault()?.Expression;
                if (fact is not null && define.Model.GetSymbolInfo(fact, context.CancellationToken).Symbol is ILocalSymbol local && matched.Contains(local))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1008_RepeatableRuleMustNotUpdateOwnFact, update.GetLocation(), define.RuleClass.Name, local.Name));
                }
            }
        });

    private static bool IsNonRepeatable(INamedTypeSymbol rule, NRulesSymbols nrules) =>
        rule.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, nrules.RepeatabilityAttribute)
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is int value
            && value != 0);
}
