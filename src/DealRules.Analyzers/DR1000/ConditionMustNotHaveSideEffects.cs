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
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1010", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Condition calls a method with side effects",
        "Condition calls '{0}', which writes {1}; conditions run an unpredictable number of times",
        "Conditions are re-evaluated and shared between rules; they must only read.");

    public ConditionMustNotHaveSideEffects() : base(Descriptor)
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
                        Descriptor, invocation.GetLocation(), invocation.Expression.ToString(), write));
                }
            }
        });
}
