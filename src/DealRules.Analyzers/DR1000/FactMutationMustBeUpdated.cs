using System.Collections.Immutable;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1007: an action passes a matched fact to a method of the rule class that changes the fact's
/// members, and no action updates the fact, so the engine never learns of the change. A method that is
/// also given the action context and updates the fact itself (or hands the context on, where the
/// analyzer cannot follow) is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactMutationMustBeUpdated : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1007", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Changed fact must be updated in the session",
        "'{0}' changes fact '{1}', but no action of the rule updates it; {2}",
        "The engine re-evaluates a fact only when it is told of the change with IContext.Update.");

    /// <summary>The diagnostic property naming the fact, for the code fix.</summary>
    public const string FactProperty = "Fact";

    public FactMutationMustBeUpdated() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var aliases = define.MatchedFacts;
            if (aliases.IsEmpty)
            {
                return;
            }

            var updated = FactUpdates.UpdatedAliases(define);
            foreach (var action in define.Actions)
            {
                foreach (var invocation in action.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                {
                    if (!RuleMethods.MayBeOwn(invocation) || RuleMethods.Target(invocation, define) is not { Method: { } method, Body: var body })
                    {
                        continue;
                    }

                    var arguments = invocation.ArgumentList.Arguments;
                    for (var i = 0; i < arguments.Count && i < method.Parameters.Length; i++)
                    {
                        if (define.Model.GetSymbolInfo(arguments[i].Expression, context.CancellationToken).Symbol is not { } fact
                            || !aliases.Contains(fact)
                            || updated.Contains(fact)
                            || !Writes.Targets(body).Any(t => Writes.IsMemberOf(t, method.Parameters[i], define.Model, context.CancellationToken))
                            || UpdatesItself(method, body, method.Parameters[i], define))
                        {
                            continue;
                        }

                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            invocation.GetLocation(),
                            ImmutableDictionary<string, string?>.Empty.Add(FactProperty, fact.Name),
                            method.Name,
                            fact.Name,
                            Suggestion(invocation, method, fact.Name, action)));
                    }
                }
            }
        });

    /// <summary>True when the method takes the action context and updates the fact through it, or passes the context on.</summary>
    private static bool UpdatesItself(IMethodSymbol method, SyntaxNode body, IParameterSymbol fact, DefineMethod define)
    {
        var contexts = method.Parameters.Where(p => SymbolEqualityComparer.Default.Equals(p.Type, define.NRules.Context)).ToArray();
        if (contexts.Length == 0)
        {
            return false;
        }

        foreach (var call in body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            var arguments = call.ArgumentList.Arguments.Select(a => define.Model.GetSymbolInfo(a.Expression, define.CancellationToken).Symbol).ToArray();
            if (arguments.Any(a => contexts.Contains(a, SymbolEqualityComparer.Default)))
            {
                return true;
            }

            if (FactUpdates.IsUpdate(call, define) && arguments.FirstOrDefault() is { } first && SymbolEqualityComparer.Default.Equals(first, fact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form that compiles here: <c>ctx.Update(fact, Method)</c> for a method of one parameter, a lambda otherwise.</summary>
    private static string Suggestion(InvocationExpressionSyntax invocation, IMethodSymbol method, string fact, LambdaExpressionSyntax action)
    {
        var ctx = action switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } one => one.ParameterList.Parameters[0].Identifier.ValueText,
            _ => "ctx",
        };
        if (method.Parameters.Length == 1)
        {
            return $"use {ctx}.Update({fact}, {invocation.Expression})";
        }

        var call = invocation.ReplaceNodes(
            invocation.ArgumentList.Arguments.Select(a => a.Expression).OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == fact),
            (_, _) => SyntaxFactory.IdentifierName("changed"));
        return $"use {ctx}.Update({fact}, changed => {call.WithoutTrivia()})";
    }
}
