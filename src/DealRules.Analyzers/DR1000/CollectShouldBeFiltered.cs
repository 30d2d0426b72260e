using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1012: Collect() with no filter on the collection makes the rule fire once even when nothing matches.
/// A filter is a <c>Where</c> chained after <c>Collect()</c>, or any condition outside the query that reads the
/// collection, directly or through a <c>Let</c> computed from it: a <c>Having</c>, a later pattern's condition,
/// or a <c>Filter().Where</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CollectShouldBeFiltered : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1012", Descriptors.Authoring, DiagnosticSeverity.Info,
        "Collect() without a filter fires on an empty collection",
        "Collect() into '{0}' has no filter on the collection, so the rule fires once even when nothing matches",
        "Collect always yields a collection, empty or not; filter it when an empty one should not fire the rule.");

    public CollectShouldBeFiltered() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            foreach (var collect in define.Calls.Where(c => c is { Part: DslPart.Query, Name: "Collect" }))
            {
                if (QueryChain.After(collect.Syntax).Any(next => next.Identifier.ValueText == "Where"))
                {
                    continue;
                }

                var query = define.Bindings.FirstOrDefault(b => b.Kind == AliasKind.Query && b.Call.Syntax.Span.Contains(collect.Syntax.Span));
                if (query?.Symbol is { } collection && IsFilteredElsewhere(collection, query, define))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, collect.NameLocation, query?.Name ?? query?.Body.ToString() ?? "the query"));
            }
        });

    private static bool IsFilteredElsewhere(ISymbol collection, AliasBinding query, DefineMethod define)
    {
        // The collection and every Let alias computed from it, in the order they are bound.
        var derived = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { collection };
        var lets = new HashSet<LambdaExpressionSyntax>();
        foreach (var let in define.Bindings.Where(b => b.Kind == AliasKind.Let && b.Symbol is not null))
        {
            if (let.Call.ArgumentFor("expression")?.Expression is LambdaExpressionSyntax expression)
            {
                lets.Add(expression);
                if (Reads(expression, derived, define))
                {
                    derived.Add(let.Symbol!);
                }
            }
        }

        return define.Calls
            .Where(c => c.Part is DslPart.LeftHandSide or DslPart.Query || (c.Part == DslPart.Filter && c.Name == "Where"))
            .Where(c => !query.Call.Syntax.Span.Contains(c.Syntax.Span))
            .SelectMany(c => c.Syntax.ArgumentList.Arguments)
            .Select(a => a.Expression)
            .OfType<LambdaExpressionSyntax>()
            .Where(l => !lets.Contains(l) && !define.Bindings.Any(b => b.Lambda == l))
            .Any(l => Reads(l, derived, define));
    }

    private static bool Reads(LambdaExpressionSyntax lambda, HashSet<ISymbol> symbols, DefineMethod define) =>
        lambda.Body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Any(i => symbols.Any(s => s.Name == i.Identifier.ValueText)
                && define.Model.GetSymbolInfo(i, define.CancellationToken).Symbol is { } symbol && symbols.Contains(symbol));
}
