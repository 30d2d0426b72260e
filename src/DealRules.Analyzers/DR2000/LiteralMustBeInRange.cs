using System;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2004: in pack code, a literal compared with a percentage lies outside 0–100, or a literal compared with a
/// ratio, multiple, amount or valuation is negative. What a value measures is read from its name,
/// the way the deal model and the facts name them (<c>SharePercent</c>, <c>Ratio</c>, <c>Amount</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralMustBeInRange : DealRulesAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = Descriptors.Create(
        "DR2004", Descriptors.RulePack, DiagnosticSeverity.Warning,
        "Literal compared with a percentage, ratio or amount is out of range",
        "{0} is compared with {1}, {2}",
        "Percentages range over 0–100; ratios, multiples and amounts are never negative.");

    private static readonly string[] NonNegativeSuffixes = { "Ratio", "Multiple", "Amount", "Valuation" };

    public LiteralMustBeInRange() : base(Descriptor)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var pack = RulePackScope.Create(start.Options, nrules, dealRules);
        start.RegisterSyntaxNodeAction(
            context =>
            {
                var comparison = (BinaryExpressionSyntax)context.Node;
                if (!(IsNumericLiteral(comparison.Left) || IsNumericLiteral(comparison.Right)) || !pack.Contains(context.ContainingSymbol))
                {
                    return;
                }

                Check(comparison.Left, comparison.Right, context);
                Check(comparison.Right, comparison.Left, context);
            },
            SyntaxKind.LessThanExpression, SyntaxKind.LessThanOrEqualExpression, SyntaxKind.GreaterThanExpression,
            SyntaxKind.GreaterThanOrEqualExpression, SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression);
    }

    private static void Check(ExpressionSyntax measured, ExpressionSyntax literal, SyntaxNodeAnalysisContext context)
    {
        if (!IsNumericLiteral(literal)
            || context.SemanticModel.GetConstantValue(literal, context.CancellationToken) is not { HasValue: true, Value: { } constant }
            || NameOf(measured) is not { } name)
        {
            return;
        }

        var value = Convert.ToDecimal(constant, System.Globalization.CultureInfo.InvariantCulture);
        string? problem = null;
        if (name.EndsWith("Percent", StringComparison.Ordinal) && (value < 0 || value > 100))
        {
            problem = "a percentage, which ranges over 0–100";
        }
        else if (Array.Exists(NonNegativeSuffixes, s => name.EndsWith(s, StringComparison.Ordinal)) && value < 0)
        {
            problem = "which is never negative";
        }

        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, literal.GetLocation(), literal.ToString(), name, problem));
        }
    }

    private static bool IsNumericLiteral(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NumericLiteralExpression),
        PrefixUnaryExpressionSyntax { Operand: var operand } unary => (unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression)) && IsNumericLiteral(operand),
        CastExpressionSyntax cast => IsNumericLiteral(cast.Expression),
        _ => false,
    };

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
