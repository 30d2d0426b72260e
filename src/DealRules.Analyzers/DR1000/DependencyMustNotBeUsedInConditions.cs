using System.Collections.Immutable;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1016: an alias declared with <c>Dependency().Resolve(() => x)</c> is read in the left-hand side (a pattern's
/// condition, a Having, a Let, a query). NRules refuses such a rule at load ("Rule match conditions cannot reference
/// injected dependencies"); when Dependency() comes after When() it does not even link the alias, which stays null.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependencyMustNotBeUsedInConditions : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1016", Descriptors.Authoring, DiagnosticSeverity.Error,
        "Dependency is used in a condition",
        "'{0}' is declared with Dependency() and used in the rule's conditions; NRules refuses the rule when it loads it",
        "Dependencies are resolved when a rule fires, so only actions can use them; conditions that reference one fail when the rule is loaded.");

    public DependencyMustNotBeUsedInConditions() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var dependencies = define.Bindings.Where(b => b.Kind == AliasKind.Dependency).Select(b => b.Symbol).OfType<ISymbol>()
                .ToImmutableHashSet(SymbolEqualityComparer.Default);
            if (dependencies.IsEmpty)
            {
                return;
            }

            foreach (var reference in define.AliasReferencesIn(define.LeftHandSideLambdas.Select(l => l.Body)).Where(r => dependencies.Contains(r.Alias)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, reference.Identifier.GetLocation(), reference.Alias.Name));
            }
        });
}
