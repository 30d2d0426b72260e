using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1003: a rule whose Define() declares no pattern at all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineMustDeclareLeftHandSide : NRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR1003", Descriptors.Authoring, DiagnosticSeverity.Error,
        "Define() must declare a left-hand side",
        "Define() of '{0}' declares no left-hand side (no Match, Exists, Not, All, Query, …)",
        "A rule without conditions fails when the rules are compiled.");

    public DefineMustDeclareLeftHandSide() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules) =>
        DefineMethods.Register(start, nrules, (define, context) =>
        {
            if (define.Calls.Any(c => c.Part == DslPart.LeftHandSide) || define.DelegatesDefinition)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptor, define.Syntax.Identifier.GetLocation(), define.RuleClass.Name));
        });
}
