using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1005: an alias that is not a plain local, or a local bound twice in one AND scope.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PatternAliasMustBeLocal : NRulesAnalyzer
{
    public PatternAliasMustBeLocal() : base(Descriptors.DR1005_PatternAliasMustBeLocal)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var firstInScope = new Dictionary<(SyntaxNode Scope, ILocalSymbol Local), AliasBinding>();
            foreach (var binding in define.Bindings)
            {
                if (binding.Local is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1005_PatternAliasMustBeLocal,
                        binding.Body.GetLocation(),
                        $"Alias '{binding.Body}' is not a local variable; declare a local and bind it with () => name"));
                    continue;
                }

                if (define.AndScopeOf(binding) is not { } scope)
                {
                    continue;
                }

                var key = (scope, binding.Local);
                if (firstInScope.TryGetValue(key, out var first))
                {
                    var line = first.Body.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1005_PatternAliasMustBeLocal,
                        binding.Body.GetLocation(),
                        $"Alias '{binding.Local.Name}' is already bound in this AND scope (line {line}); bind each alias once"));
                }
                else
                {
                    firstInScope.Add(key, binding);
                }
            }
        });
}
