using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1012: Collect() with no filter on the collection makes the rule fire once even when nothing matches.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CollectShouldBeFiltered : NRulesAnalyzer
{
    public CollectShouldBeFiltered() : base(Descriptors.DR1012_CollectShouldBeFiltered)
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

                var alias = define.Bindings.FirstOrDefault(b => b.Call.Name == "Query" && b.Call.Syntax.Span.Contains(collect.Syntax.Span));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DR1012_CollectShouldBeFiltered, collect.NameLocation, alias?.Local?.Name ?? alias?.Body.ToString() ?? "the query"));
            }
        });
}
