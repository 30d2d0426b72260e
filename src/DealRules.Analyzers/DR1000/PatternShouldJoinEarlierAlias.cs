using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1011: a second or later pattern has no condition on an earlier alias, so the engine joins every
/// fact with every other. Facts of a type marked <c>[SingleFact]</c> (one per session) never multiply
/// a join and are left out of the count.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PatternShouldJoinEarlierAlias : NRulesAnalyzer
{
    private const string SingleFactAttribute = "SingleFactAttribute";

    public PatternShouldJoinEarlierAlias() : base(Descriptors.DR1011_PatternShouldJoinEarlierAlias)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var earlier = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            var multiplyingPatternSeen = false;
            foreach (var binding in define.Bindings.Where(b => define.AndScopeOf(b) == define.Body))
            {
                if (binding.Call.Name == "Match" && binding.Local is { } local && !IsSingleFact(local.Type))
                {
                    if (multiplyingPatternSeen && !ReferencesAny(binding, earlier, define))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.DR1011_PatternShouldJoinEarlierAlias, binding.Call.NameLocation, local.Name));
                    }

                    multiplyingPatternSeen = true;
                }

                if (binding.Local is { } bound)
                {
                    earlier.Add(bound);
                }
            }
        });

    private static bool ReferencesAny(AliasBinding binding, HashSet<ILocalSymbol> aliases, DefineMethod define) =>
        binding.Call.Syntax.ArgumentList.Arguments
            .Select(a => a.Expression)
            .Where(e => e != binding.Lambda)
            .SelectMany(e => e.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Any(i => define.Model.GetSymbolInfo(i, define.CancellationToken).Symbol is ILocalSymbol l && aliases.Contains(l));

    private static bool IsSingleFact(ITypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name == SingleFactAttribute);
}
