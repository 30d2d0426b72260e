using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1004: a rule whose Define() has no action that runs when the rule activates.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineMustDeclareAction : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1004", Descriptors.Authoring, DiagnosticSeverity.Error,
        "Define() must declare an activating action",
        "Define() of '{0}' has no activating action (Then().Do, Yield, …)",
        "A rule without an action that runs on activation fails when the rules are compiled, or never does anything.");

    public DefineMustDeclareAction() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            if (define.Calls.Any(c => c.Part == DslPart.RightHandSide && IsActivating(c, define)) || define.DelegatesDefinition)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptor, define.Syntax.Identifier.GetLocation(), define.RuleClass.Name));
        });

    /// <summary>Do and Yield run on activation; Undo never does; Action does when its trigger includes Activated (or is not a constant).</summary>
    private static bool IsActivating(DslCall call, DefineMethod define)
    {
        if (call.Name == "Undo")
        {
            return false;
        }

        if (call.Name != "Action" || !call.IsNRulesMethod)
        {
            return true;
        }

        var trigger = call.ArgumentFor("actionTrigger")?.Expression;
        if (trigger is null)
        {
            return true;
        }

        var value = define.Model.GetConstantValue(trigger, define.CancellationToken);
        return !value.HasValue || value.Value is not int flags || (flags & 1) != 0;
    }
}
