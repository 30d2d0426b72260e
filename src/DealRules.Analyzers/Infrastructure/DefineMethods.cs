using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>Registers an analysis of every <c>Define()</c> override of a concrete rule class.</summary>
internal static class DefineMethods
{
    public static void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, Action<DefineMethod, SyntaxNodeAnalysisContext> analyze) =>
        start.RegisterSyntaxNodeAction(
            context =>
            {
                var syntax = (MethodDeclarationSyntax)context.Node;
                if (syntax.Identifier.ValueText != "Define"
                    || syntax.ParameterList.Parameters.Count != 0
                    || !syntax.Modifiers.Any(SyntaxKind.OverrideKeyword)
                    || (syntax.Body is null && syntax.ExpressionBody is null))
                {
                    return;
                }

                if (context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not { } symbol
                    || !nrules.IsConcreteRuleClass(symbol.ContainingType))
                {
                    return;
                }

                analyze(new DefineMethod(syntax, symbol, context.SemanticModel, nrules, context.CancellationToken), context);
            },
            SyntaxKind.MethodDeclaration);
}
