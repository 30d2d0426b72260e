using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
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
            foreach (var call in define.CallsInside(define.Actions).Where(c => nrules.IsTask(c.Method.ReturnType)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR1014_ActionMustNotDiscardTask, call.Syntax.GetLocation(), call.Name));
            }
        });
}
