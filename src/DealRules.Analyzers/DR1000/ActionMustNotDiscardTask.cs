using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>
/// DR1014: an action starts asynchronous work that nobody waits for. Actions run synchronously, so a task an
/// action returns (<c>ctx => SendAsync(x)</c>) is discarded, and an <c>async void</c> method called anywhere in
/// an action runs on its own. A task whose result the action uses (<c>SendAsync(x).GetAwaiter().GetResult()</c>,
/// <c>.Wait()</c>, <c>.Result</c>, passed to another method) is not discarded and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActionMustNotDiscardTask : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1014", Descriptors.Authoring, DiagnosticSeverity.Warning,
        "Action discards a task",
        "Action calls '{0}', {1}; its work runs unobserved and its exceptions are lost",
        "Actions run synchronously; asynchronous work started there is never awaited.");

    public ActionMustNotDiscardTask() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            var actions = define.Actions.Where(define.IsVoidExpressionLambda).ToArray();
            foreach (var call in define.CallsInside(actions))
            {
                if (call.Method is { IsAsync: true, ReturnsVoid: true })
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, call.Syntax.GetLocation(), call.Name, "an async void method"));
                }
                else if (nrules.IsTask(call.Method.ReturnType) && IsDiscarded(call.Syntax, actions))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, call.Syntax.GetLocation(), call.Name, "which returns a task that is discarded"));
                }
            }
        });

    /// <summary>True when the call is what an action evaluates to, so its value goes nowhere.</summary>
    private static bool IsDiscarded(InvocationExpressionSyntax call, LambdaExpressionSyntax[] actions)
    {
        SyntaxNode current = call;
        while (current.Parent is ParenthesizedExpressionSyntax
               || (current.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == current)
               || (current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
               || current.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            current = current.Parent!;
        }

        return current.Parent is LambdaExpressionSyntax lambda && lambda.Body == current && actions.Contains(lambda);
    }
}
