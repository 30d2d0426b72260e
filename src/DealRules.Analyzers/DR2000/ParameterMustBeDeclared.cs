using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR2000;

/// <summary>DR2003: pack code reads a parameter the pack does not declare, or a rule emits a finding under another rule's id.</summary>
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

        start.RegisterSyntaxNodeAction(
            context =>
            {
                var assignment = (AssignmentExpressionSyntax)context.Node;
                if (assignment.Left is not IdentifierNameSyntax { Identifier.ValueText: "RuleId" }
                    || !pack.Contains(context.ContainingSymbol)
                    || assignment.Parent is not InitializerExpressionSyntax initializer
                    || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(initializer.Parent!, context.CancellationToken).Type, dealRules.Finding)
                    || context.SemanticModel.GetConstantValue(assignment.Right, context.CancellationToken) is not { HasValue: true, Value: string emitted })
                {
                    return;
                }

                var rule = context.SemanticModel.GetEnclosingSymbol(assignment.SpanStart, context.CancellationToken)?.ContainingType;
                for (var type = rule; type is not null; type = type.ContainingType)
                {
                    if (dealRules.RuleIdOf(type) is { } own && own != emitted)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR2003_ParameterMustBeDeclared, assignment.Right.GetLocation(),
                            $"Rule '{own}' emits a finding under '{emitted}'; a rule reports under its own id (use ctx.Finding)"));
                        return;
                    }
                }
            },
            SyntaxKind.SimpleAssignmentExpression);
    }
}
