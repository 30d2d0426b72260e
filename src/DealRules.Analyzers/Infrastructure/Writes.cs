using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>Finds what a method body writes: fields, statics, or members of its parameters.</summary>
internal static class Writes
{
    /// <summary>Every assignment, compound assignment, increment and decrement target in the body.</summary>
    public static IEnumerable<ExpressionSyntax> Targets(SyntaxNode body) =>
        body.DescendantNodesAndSelf().Select(node => node switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left,
            PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.PreIncrementExpression) || unary.IsKind(SyntaxKind.PreDecrementExpression) => unary.Operand,
            PostfixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.PostIncrementExpression) || unary.IsKind(SyntaxKind.PostDecrementExpression) => unary.Operand,
            _ => null,
        }).OfType<ExpressionSyntax>();

    /// <summary>True when a target is a member of the parameter (<c>p.X = …</c>, <c>p[i] = …</c>, <c>p.X.Y++</c>).</summary>
    public static bool IsMemberOf(ExpressionSyntax target, IParameterSymbol parameter, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = target;
        while (root is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax)
        {
            root = root is MemberAccessExpressionSyntax member ? member.Expression : ((ElementAccessExpressionSyntax)root).Expression;
            if (root is IdentifierNameSyntax identifier)
            {
                return SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, parameter);
            }
        }

        return false;
    }

    /// <summary>A description of the first thing the body writes that outlives a call (a field, a static, a member of an argument), or null.</summary>
    public static string? FirstLastingWrite(SyntaxNode body, SemanticModel model, IEnumerable<IParameterSymbol> parameters, CancellationToken cancellationToken)
    {
        foreach (var target in Targets(body))
        {
            var symbol = model.GetSymbolInfo(target, cancellationToken).Symbol;
            switch (symbol)
            {
                case IFieldSymbol { IsStatic: true } field:
                    return $"the static '{field.Name}'";
                case IPropertySymbol { IsStatic: true } property:
                    return $"the static '{property.Name}'";
                case IFieldSymbol field when IsOwnMember(target):
                    return $"the field '{field.Name}'";
            }

            if (parameters.FirstOrDefault(p => IsMemberOf(target, p, model, cancellationToken)) is { } parameter)
            {
                return $"a member of its argument '{parameter.Name}'";
            }
        }

        return null;
    }

    private static bool IsOwnMember(ExpressionSyntax target) =>
        target is IdentifierNameSyntax || target is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
}
