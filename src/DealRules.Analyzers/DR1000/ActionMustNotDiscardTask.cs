using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1014: an action calls a method that returns a task; actions run synchronously and the task is lost.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActionMustNotDiscardTask : NRulesAnalyzer
{
    public ActionMustNotDiscardTask() : base(Descriptors.DR1014_ActionMustNotDiscardTask)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            foreach (var invocation in define.Actions.SelectMany(a => a.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()))
            {
                if (define.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol method && nrules.IsTask(method.ReturnType))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR1014_ActionMustNotDiscardTask, invocation.GetLocation(), method.Name));
                }
            }
        });
}
