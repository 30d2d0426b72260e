using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// Registers an analysis of every <c>Define()</c> override of a concrete rule class that has no syntax
/// error and whose calls all resolve: while a rule is being typed nothing that depends on its shape is
/// reported. The model of a Define() method is built once per compilation and shared by every analyzer
/// that reads it; the cache is keyed by the compilation, so nothing outlives it or leaks into the next one.
/// </summary>
internal static class DefineMethods
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<MethodDeclarationSyntax, DefineMethod>> Cache = new();

    public static void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, Action<DefineMethod, SyntaxNodeAnalysisContext> analyze) =>
        start.RegisterSyntaxNodeAction(
            context =>
            {
                var syntax = (MethodDeclarationSyntax)context.Node;
                if (syntax.Identifier.ValueText != "Define"
                    || syntax.ParameterList.Parameters.Count != 0
                    || !syntax.Modifiers.Any(SyntaxKind.OverrideKeyword)
                    || (syntax.Body is null && syntax.ExpressionBody is null)
                    || syntax.ContainsDiagnostics)
                {
                    return;
                }

                if (context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not { } symbol
                    || !nrules.IsConcreteRuleClass(symbol.ContainingType))
                {
                    return;
                }

                var models = Cache.GetValue(context.SemanticModel.Compilation, _ => new ConcurrentDictionary<MethodDeclarationSyntax, DefineMethod>());
                var define = models.GetOrAdd(syntax, _ => new DefineMethod(syntax, symbol, context.SemanticModel, nrules, context.CancellationToken));

                // Half-typed or broken code: what the analyzers would say depends on a shape that is not there yet.
                if (define.HasUnresolvedCalls)
                {
                    return;
                }

                analyze(define, context);
            },
            SyntaxKind.MethodDeclaration);
}
