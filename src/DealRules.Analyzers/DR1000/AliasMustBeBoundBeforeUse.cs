using System.Collections.Immutable;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1017: a condition (of a pattern, a query, a Having, a Let or a filter) reads an alias that no earlier pattern
/// binds, only a later one or the pattern the condition belongs to. NRules links an alias in an expression when it
/// builds that expression, from the declarations made so far; a later one is not linked, so the condition reads the
/// alias's own variable, which is null, and the rule never fires. Reported only where the order the calls run in is
/// plain (no definition helpers, no loops, branches or local functions in between), and not when the alias is bound
/// only in another branch of an Or than the condition.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AliasMustBeBoundBeforeUse : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1017", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Alias is used before the pattern that binds it",
        "Alias '{0}' is used before the pattern that binds it (line {1}); here it is not linked to a fact and stays null, so the rule never fires",
        "NRules links an alias in a condition only when the alias was bound by an earlier pattern.");

    public AliasMustBeBoundBeforeUse() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var bindings = define.Bindings.Where(b => b.Kind != AliasKind.Dependency && b.Symbol is not null).ToArray();
            if (bindings.Length == 0)
            {
                return;
            }

            foreach (var call in define.Calls.Where(c => c.Part is DslPart.LeftHandSide or DslPart.Query or DslPart.Filter))
            {
                var position = call.NameLocation.SourceSpan.Start;
                var lambdas = call.Syntax.ArgumentList.Arguments.Select(a => a.Expression).OfType<LambdaExpressionSyntax>()
                    .Where(l => !bindings.Any(b => b.Lambda == l) && define.IsExpressionTreeLambda(l));
                foreach (var reference in define.AliasReferencesIn(lambdas.Select(l => l.Body)))
                {
                    var (identifier, symbol) = (reference.Identifier, reference.Alias);
                    var ofAlias = bindings.Where(b => SymbolEqualityComparer.Default.Equals(b.Symbol, symbol)).ToArray();
                    if (ofAlias.Length == 0
                        || ofAlias.Any(b => b.Call.NameLocation.SourceSpan.Start < position && !b.Call.Syntax.Span.Contains(call.Syntax.Span))
                        || define.DelegatesDefinition
                        || !define.RunsInWrittenOrder(call.Syntax)
                        || !define.RunsInWrittenOrder(ofAlias[0].Call.Syntax)
                        || ofAlias.All(b => AreAlternatives(define.GroupsOf(call), define.GroupsOf(b.Call))))
                    {
                        continue;
                    }

                    var line = ofAlias[0].Body.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, identifier.GetLocation(), symbol.Name, line));
                }
            }
        });

    /// <summary>
    /// True when the two calls sit in different branches of one Or: the alias is bound in another alternative, where it
    /// is absent on purpose (NRules' own tests read such an alias as null).
    /// </summary>
    private static bool AreAlternatives(ImmutableArray<LeftHandSideGroup> use, ImmutableArray<LeftHandSideGroup> binding)
    {
        var common = 0;
        while (common < use.Length && common < binding.Length && use[common].Lambda == binding[common].Lambda)
        {
            common++;
        }

        return common > 0 && use[common - 1].IsOr;
    }
}
