using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1011: a second or later pattern (<c>Match</c> or <c>Query</c>) has no condition on an earlier alias, so the
/// engine joins every fact with every other (or, for a query that collects, gives every match the same collection of
/// all facts). A pattern's conditions include the <c>Having</c> calls chained right after it, which NRules adds to
/// that pattern. Facts of a type marked <c>[SingleFact]</c> (one per session) and queries that collect into one
/// collection never multiply a join and do not make a later pattern a join.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PatternShouldJoinEarlierAlias : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1011", Descriptors.Performance, DiagnosticSeverity.Info,
        "Pattern does not join an earlier pattern",
        "{0} has no condition on an earlier alias: {1}",
        "Each later pattern should constrain itself by an earlier alias, or the engine joins every fact with every other.");

    private const string SingleFactAttribute = "SingleFactAttribute";

    public PatternShouldJoinEarlierAlias() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var earlier = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var multiplyingPatternSeen = false;
            foreach (var binding in define.Bindings.Where(b => b.Kind != AliasKind.Dependency && define.GroupsOf(b.Call).IsEmpty))
            {
                if (binding.Kind is AliasKind.Pattern or AliasKind.Query && binding.Symbol is { } alias && !IsSingleFact(binding, alias))
                {
                    var collected = binding.Kind == AliasKind.Query && CollectsIntoOne(binding, define);
                    if (multiplyingPatternSeen && !ReferencesAny(binding, earlier, define))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            binding.Call.NameLocation,
                            $"{(binding.Kind == AliasKind.Query ? "Query" : "Pattern")} '{binding.Name}'",
                            collected
                                ? "every match gets the same collection of all facts, not the ones related to it"
                                : "a cartesian join that grows as the product of the fact counts"));
                    }

                    // A query that collects into one collection yields one fact: it does not multiply what follows.
                    multiplyingPatternSeen |= !collected;
                }

                if (binding.Symbol is { } bound)
                {
                    earlier.Add(bound);
                }
            }
        });

    /// <summary>True when the pattern's conditions, its query, or the Having calls chained after it read an earlier alias.</summary>
    private static bool ReferencesAny(AliasBinding binding, HashSet<ISymbol> aliases, DefineMethod define)
    {
        var having = QueryChain.After(binding.Call.Syntax)
            .TakeWhile(name => name.Identifier.ValueText == "Having")
            .Select(name => (InvocationExpressionSyntax)name.Parent!.Parent!);
        var conditions = binding.Call.Syntax.ArgumentList.Arguments
            .Concat(having.SelectMany(h => h.ArgumentList.Arguments))
            .Select(a => a.Expression)
            .Where(e => e != binding.Lambda);
        return define.AliasReferencesIn(conditions).Any(r => aliases.Contains(r.Alias));
    }

    /// <summary>True for a query that ends in one collection: it collects, and nothing after Collect() splits it again.</summary>
    private static bool CollectsIntoOne(AliasBinding query, DefineMethod define)
    {
        var inside = define.Calls.Where(c => c.Part == DslPart.Query && query.Call.Syntax.Span.Contains(c.Syntax.Span)).ToArray();
        var collect = inside.FirstOrDefault(c => c.Name == "Collect");
        return collect is not null
            && !inside.Any(c => c.Name is "GroupBy" or "SelectMany" && c.NameLocation.SourceSpan.Start > collect.NameLocation.SourceSpan.Start);
    }

    private static bool IsSingleFact(AliasBinding binding, ISymbol alias)
    {
        var type = alias switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        return binding.Kind == AliasKind.Pattern && type is not null && type.GetAttributes().Any(a => a.AttributeClass?.Name == SingleFactAttribute);
    }
}
