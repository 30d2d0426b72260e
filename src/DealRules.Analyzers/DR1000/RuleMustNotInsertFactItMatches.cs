using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1015: an action inserts (<c>ctx.Insert</c>, <c>TryInsert</c>, <c>InsertLinked</c>) or yields a fact that one of
/// the rule's own positive patterns accepts, and no <c>Not</c> or <c>All</c> of the rule can be falsified by that fact:
/// every fact the rule produces fires it again. Reported only when the analyzer sees it: the fact's type is known, and
/// each condition of the pattern is known to hold for the new fact (it reads only other facts, or members the new fact
/// copies from the matched one or sets to a value that satisfies it). A <c>Not</c> or <c>All</c> on a type the new fact
/// may be, a filter, a definition helper or an author's own DSL method make it stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleMustNotInsertFactItMatches : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1015", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Rule inserts a fact that its own pattern matches",
        "'{0}' adds a fact of type '{1}' that the rule's own pattern '{2}' matches, with no guard the new fact falsifies: each new fact can fire the rule again",
        "A fact a rule inserts or yields is matched like any other; if the rule's own pattern accepts it, the rule fires again for it, and again.");

    public RuleMustNotInsertFactItMatches() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            // Cheap checks first: most rules insert nothing that any of their patterns could match.
            var matchedTypes = define.Calls.Where(c => c is { Part: DslPart.LeftHandSide or DslPart.Query, IsNRulesMethod: true, Name: "Match" })
                .Select(c => c.Method.TypeArguments.FirstOrDefault()).OfType<ITypeSymbol>().ToArray();
            var inserts = Inserts(define).Where(i => matchedTypes.Any(t => IsA(i.Type, t, define))).ToArray();
            if (inserts.Length == 0
                || define.Calls.Any(c => c.Part == DslPart.Filter || (c.Part == DslPart.LeftHandSide && !c.IsNRulesMethod))
                || define.DelegatesDefinition)
            {
                return;
            }

            var nonRepeatable = IsNonRepeatable(define.RuleClass, nrules);
            var patterns = Patterns(define).Where(p => !(p.IsQuerySource && nonRepeatable)).ToArray();
            var guards = Guards(define).ToArray();
            foreach (var insert in inserts)
            {
                var given = FactChanges.GivenBy(insert.Fact, define);
                var isCreated = insert.Fact is BaseObjectCreationExpressionSyntax;
                if (guards.Any(g => MayBe(insert.Type, g.Type, isCreated, define) && !g.Conditions.Any(c => ConditionTest.Evaluate(c, null, given, null, define) == Truth.False)))
                {
                    continue;
                }

                var pattern = patterns.FirstOrDefault(p => IsA(insert.Type, p.Type, define)
                    && p.Conditions.All(c => ConditionTest.Evaluate(c, p.Alias, given, p.Alias, define) == Truth.True));
                if (pattern is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, insert.Location, insert.Verb, insert.Type.Name, pattern.Display));
                }
            }
        });

    private static IEnumerable<Insert> Inserts(DefineMethod define)
    {
        foreach (var call in define.CallsInside(define.Actions))
        {
            if (!SymbolEqualityComparer.Default.Equals(call.Method.ContainingType, define.NRules.Context))
            {
                continue;
            }

            var argument = call.Name switch
            {
                "Insert" or "TryInsert" => call.Syntax.ArgumentList.Arguments.FirstOrDefault(),
                "InsertLinked" => call.Syntax.ArgumentList.Arguments.Skip(1).FirstOrDefault(),
                _ => null,
            };
            if (argument is not null && define.Model.GetTypeInfo(argument.Expression, define.CancellationToken).Type is INamedTypeSymbol type)
            {
                yield return new Insert(call.Syntax.GetLocation(), call.Syntax.Expression.ToString(), argument.Expression, type);
            }
        }

        foreach (var yield in define.Calls.Where(c => c is { Part: DslPart.RightHandSide, IsNRulesMethod: true, Name: "Yield" }))
        {
            if (yield.Syntax.ArgumentList.Arguments.FirstOrDefault()?.Expression is LambdaExpressionSyntax { Body: ExpressionSyntax body }
                && yield.Method.TypeArguments.FirstOrDefault() is INamedTypeSymbol type)
            {
                yield return new Insert(yield.NameLocation, "Yield", body, type);
            }
        }
    }

    /// <summary>The rule's positive patterns: Match with or without an alias, and the sources of its queries.</summary>
    private static IEnumerable<Pattern> Patterns(DefineMethod define)
    {
        foreach (var call in define.Calls.Where(c => c is { Part: DslPart.LeftHandSide or DslPart.Query, IsNRulesMethod: true, Name: "Match" }))
        {
            if (call.Method.TypeArguments.FirstOrDefault() is not { } type)
            {
                continue;
            }

            var binding = define.Bindings.FirstOrDefault(b => b.Call == call);
            var conditions = Lambdas(call, binding, define);
            if (call.Part == DslPart.Query)
            {
                var query = define.Bindings.FirstOrDefault(b => b.Kind == AliasKind.Query && b.Call.Syntax.Span.Contains(call.Syntax.Span));
                yield return new Pattern(type, conditions, null, query?.Name ?? $"Match<{type.Name}>", isQuerySource: true);
            }
            else
            {
                var having = QueryChain.After(call.Syntax).TakeWhile(n => n.Identifier.ValueText == "Having")
                    .Select(n => define.CallOf((InvocationExpressionSyntax)n.Parent!.Parent!))
                    .OfType<DslCall>()
                    .SelectMany(h => Lambdas(h, null, define));
                yield return new Pattern(type, conditions.Concat(having).ToArray(), binding?.Name, binding?.Name ?? $"Match<{type.Name}>", isQuerySource: false);
            }
        }
    }

    /// <summary>The Not and All elements: a fact of their type can make them false, and so stop the rule.</summary>
    private static IEnumerable<Pattern> Guards(DefineMethod define) =>
        define.Calls.Where(c => c is { Part: DslPart.LeftHandSide, IsNRulesMethod: true, Name: "Not" or "All" })
            .Where(c => c.Method.TypeArguments.FirstOrDefault() is not null)
            .Select(c => new Pattern(c.Method.TypeArguments[0], c.Name == "All" ? System.Array.Empty<LambdaExpressionSyntax>() : Lambdas(c, null, define), null, c.Name, isQuerySource: false));

    private static LambdaExpressionSyntax[] Lambdas(DslCall call, AliasBinding? binding, DefineMethod define) =>
        call.Syntax.ArgumentList.Arguments.Select(a => a.Expression).OfType<LambdaExpressionSyntax>()
            .Where(l => l != binding?.Lambda && define.IsExpressionTreeLambda(l))
            .ToArray();

    /// <summary>True when a fact of static type <paramref name="fact"/> certainly matches a pattern on <paramref name="pattern"/>.</summary>
    private static bool IsA(ITypeSymbol fact, ITypeSymbol pattern, DefineMethod define)
    {
        if (fact.SpecialType == SpecialType.System_Object)
        {
            return false;
        }

        var conversion = (define.Model.Compilation as CSharpCompilation)?.ClassifyConversion(fact, pattern);
        return conversion is { IsIdentity: true } or { IsImplicit: true, IsReference: true };
    }

    /// <summary>True when the fact may match a guard: it is one, or (when not created right there) it may be one at run time.</summary>
    private static bool MayBe(ITypeSymbol fact, ITypeSymbol guard, bool isCreated, DefineMethod define) =>
        IsA(fact, guard, define) || fact.SpecialType == SpecialType.System_Object || (!isCreated && IsA(guard, fact, define));

    private static bool IsNonRepeatable(INamedTypeSymbol rule, NRulesSymbols nrules) =>
        rule.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, nrules.RepeatabilityAttribute)
            && a.ConstructorArguments.Length == 1
            && a.ConstructorArguments[0].Value is int value
            && value != 0);

    private sealed class Insert
    {
        public Insert(Location location, string verb, ExpressionSyntax fact, ITypeSymbol type)
        {
            Location = location;
            Verb = verb;
            Fact = fact;
            Type = type;
        }

        public Location Location { get; }

        public string Verb { get; }

        public ExpressionSyntax Fact { get; }

        public ITypeSymbol Type { get; }
    }

    private sealed class Pattern
    {
        public Pattern(ITypeSymbol type, LambdaExpressionSyntax[] conditions, string? alias, string display, bool isQuerySource)
        {
            Type = type;
            Conditions = conditions;
            Alias = alias;
            Display = display;
            IsQuerySource = isQuerySource;
        }

        public ITypeSymbol Type { get; }

        public LambdaExpressionSyntax[] Conditions { get; }

        public string? Alias { get; }

        public string Display { get; }

        public bool IsQuerySource { get; }
    }
}
