using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2003: a rule reads a parameter the pack does not declare. (A finding under another rule's id
/// cannot be written at all: only <c>ctx.Finding</c> makes findings, with the firing rule's id.)
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterMustBeDeclared : DealRulesAnalyzer
{
    public ParameterMustBeDeclared() : base(Descriptors.DR2003_ParameterMustBeDeclared)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var declared = dealRules.DeclaredParameters(start.Compilation);
        var pack = RulePackScope.Create(start.Options, nrules, dealRules);

        start.RegisterSyntaxNodeAction(
            context =>
            {
                var access = (ElementAccessExpressionSyntax)context.Node;
                if (access.ArgumentList.Arguments.Count != 1
                    || !pack.Contains(context.ContainingSymbol)
                    || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type, dealRules.RuleParameters))
                {
                    return;
                }

                var argument = access.ArgumentList.Arguments[0].Expression;
                if (context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is { HasValue: true, Value: string name } && !declared.Contains(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR2003_ParameterMustBeDeclared, argument.GetLocation(),
                        $"Parameter '{name}' is not declared by the pack; declare it with [assembly: RuleParameter(\"{name}\", default, kind)]"));
                }
            },
            SyntaxKind.ElementAccessExpression);

    }
}
