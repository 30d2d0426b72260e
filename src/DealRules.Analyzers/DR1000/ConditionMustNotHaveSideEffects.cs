using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1010: a condition calls a method of the rule class (or a delegate it holds) that writes a field, a static or a member of its argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConditionMustNotHaveSideEffects : NRulesAnalyzer
{
    public ConditionMustNotHaveSideEffects() : base(Descriptors.DR1010_ConditionMustNotHaveSideEffects)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            foreach (var invocation in define.Conditions.SelectMany(c => c.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()))
            {
                if (!RuleMethods.MayBeOwn(invocation) || RuleMethods.Target(invocation, define) is not { } target)
                {
                    continue;
                }

                var parameters = target.Method?.Parameters
                    ?? (target.Body is LambdaExpressionSyntax lambda
                        ? lambda.DescendantNodes().OfType<ParameterSyntax>()
                            .Select(p => define.Model.GetDeclaredSymbol(p, context.CancellationToken)).OfType<IParameterSymbol>().ToImmutableArrayOf()
                        : default);
                if (Writes.FirstLastingWrite(target.Body, define.Model, parameters.IsDefault ? Enumerable.Empty<IParameterSymbol>() : parameters, context.CancellationToken) is { } write)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR1010_ConditionMustNotHaveSideEffects, invocation.GetLocation(), invocation.Expression.ToString(), write));
                }
            }
        });
}
