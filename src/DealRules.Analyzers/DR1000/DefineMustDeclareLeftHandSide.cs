using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR1000;

/// <summary>DR1003: a rule whose Define() declares no pattern at all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineMustDeclareLeftHandSide : NRulesAnalyzer
{
    public DefineMustDeclareLeftHandSide() : base(Descriptors.DR1003_DefineMustDeclareLeftHandSide)
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
                Descriptors.DR1003_DefineMustDeclareLeftHandSide, define.Syntax.Identifier.GetLocation(), define.RuleClass.Name));
        });
}
