using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// What a rule's actions do to the members of a matched fact (through <c>ctx.Update(fact, Change)</c>, a method
/// the fact is passed to, or a method of the fact itself), and what a fact created in an action is given.
/// Only code in source is read; anything else is simply not known.
/// </summary>
internal static class FactChanges
{
    /// <summary>The member changes the rule's actions make to <paramref name="fact"/>.</summary>
    public static KnownMembers MadeBy(DefineMethod define, ISymbol fact)
    {
        var known = new KnownMembers();
        foreach (var action in define.Actions)
        {
            Collect(action.Body, e => RefersTo(e, fact, define), define, known);
        }

        return known;
    }

    /// <summary>The members a created fact is given: object initializer assignments, and constructor arguments whose parameter names a member.</summary>
    public static KnownMembers GivenBy(ExpressionSyntax created, DefineMethod define)
    {
        var known = new KnownMembers();
        if (created is not BaseObjectCreationExpressionSyntax creation)
        {
            return known;
        }

        if (creation.ArgumentList is { } arguments
            && define.Model.GetSymbolInfo(creation, define.CancellationToken).Symbol is IMethodSymbol constructor)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                var parameter = argument.NameColon is { } nameColon
                    ? constructor.Parameters.FirstOrDefault(p => p.Name == nameColon.Name.Identifier.ValueText)
                    : i < constructor.Parameters.Length ? constructor.Parameters[i] : null;
                if (parameter is not null && MemberNamed(constructor.ContainingType, parameter.Name) is { } member)
                {
                    known.Add(member, Set(argument.Expression, define.Model, define));
                }
            }
        }

        foreach (var assignment in creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>() ?? Enumerable.Empty<AssignmentExpressionSyntax>())
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left is IdentifierNameSyntax name)
            {
                known.Add(name.Identifier.ValueText, Set(assignment.Right, define.Model, define));
            }
        }

        return known;
    }

    private static MemberValue Set(ExpressionSyntax value, SemanticModel? model, DefineMethod define) =>
        new(MemberChange.Set, value, Constant.Of(value, model, define.CancellationToken));

    /// <summary>The member a record's or class's constructor parameter sets, by the usual convention: the same name, any case.</summary>
    private static string? MemberNamed(INamedTypeSymbol type, string parameter)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && string.Equals(member.Name, parameter, System.StringComparison.OrdinalIgnoreCase))
                {
                    return member.Name;
                }
            }
        }

        return null;
    }

    private static void Collect(SyntaxNode scope, System.Func<ExpressionSyntax, bool> isFact, DefineMethod define, KnownMembers known)
    {
        foreach (var invocation in scope.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (define.Model.GetSymbolInfo(invocation, define.CancellationToken).Symbol is not IMethodSymbol method)
            {
                continue;
            }

            var arguments = invocation.ArgumentList.Arguments;

            // ctx.Update(fact, Change) and ctx.Update(fact, changed => Change(changed, …)).
            if (method is { Name: "Update", ReducedFrom: not null } && arguments.Count == 2 && isFact(arguments[0].Expression))
            {
                switch (arguments[1].Expression)
                {
                    case LambdaExpressionSyntax lambda when LambdaParameter(lambda, define) is { } changed:
                        Collect(lambda.Body, e => RefersTo(e, changed, define), define, known);
                        break;
                    case var group when MethodGroup(group, define) is { } updater:
                        ReadBody(updater, updater.Parameters.FirstOrDefault()?.Name, define, known);
                        break;
                }

                continue;
            }

            var declared = method.ReducedFrom ?? method;
            var offset = method.ReducedFrom is null ? 0 : 1;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (isFact(arguments[i].Expression) && arguments[i].NameColon is null && i + offset < declared.Parameters.Length)
                {
                    ReadBody(declared, declared.Parameters[i + offset].Name, define, known);
                }
            }

            if (invocation.Expression is MemberAccessExpressionSyntax access && isFact(access.Expression))
            {
                if (method.ReducedFrom is { } extension)
                {
                    ReadBody(extension, extension.Parameters.FirstOrDefault()?.Name, define, known);
                }
                else if (!method.IsStatic)
                {
                    ReadBody(method, null, define, known);
                }
            }
        }
    }

    /// <summary>Reads what a method in source does to a parameter's members (or, with no parameter, to its own instance's).</summary>
    private static void ReadBody(IMethodSymbol method, string? parameter, DefineMethod define, KnownMembers known)
    {
        if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(define.CancellationToken) is not MethodDeclarationSyntax declaration
            || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body)
        {
            return;
        }

        var model = declaration.SyntaxTree == define.Model.SyntaxTree ? define.Model : null;
        var shadowing = parameter is null
            ? new HashSet<string>(declaration.ParameterList.Parameters.Select(p => p.Identifier.ValueText)
                .Concat(body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)))
            : null;

        foreach (var (target, change) in Writes(body))
        {
            var member = target switch
            {
                MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } access when parameter is not null && owner.Identifier.ValueText == parameter
                    => access.Name.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access when parameter is null => access.Name.Identifier.ValueText,
                IdentifierNameSyntax name when parameter is null && !shadowing!.Contains(name.Identifier.ValueText) => name.Identifier.ValueText,
                _ => null,
            };
            if (member is not null)
            {
                known.Add(member, change(model));
            }
        }
    }

    /// <summary>Every assignment, compound assignment, increment and decrement in a body, with how it changes its target.</summary>
    private static IEnumerable<(ExpressionSyntax Target, System.Func<SemanticModel?, MemberValue> Change)> Writes(SyntaxNode body)
    {
        foreach (var node in body.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment:
                    var right = assignment.Right;
                    yield return (assignment.Left, model => assignment.Kind() switch
                    {
                        SyntaxKind.SimpleAssignmentExpression => new MemberValue(MemberChange.Set, right, Constant.Of(right, model, default)),
                        SyntaxKind.AddAssignmentExpression => Step(Constant.Of(right, model, default), increase: true),
                        SyntaxKind.SubtractAssignmentExpression => Step(Constant.Of(right, model, default), increase: false),
                        _ => new MemberValue(MemberChange.Unknown),
                    });
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression } or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression }:
                    yield return (Operand(node), _ => new MemberValue(MemberChange.Increase));
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreDecrementExpression } or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostDecrementExpression }:
                    yield return (Operand(node), _ => new MemberValue(MemberChange.Decrease));
                    break;
            }
        }
    }

    private static ExpressionSyntax Operand(SyntaxNode unary) =>
        unary is PrefixUnaryExpressionSyntax prefix ? prefix.Operand : ((PostfixUnaryExpressionSyntax)unary).Operand;

    /// <summary><c>+= k</c> or <c>-= k</c> with a constant k: which way it moves the member.</summary>
    private static MemberValue Step(Constant? amount, bool increase) => amount?.Value switch
    {
        decimal k when k > 0 => new MemberValue(increase ? MemberChange.Increase : MemberChange.Decrease),
        decimal k when k < 0 => new MemberValue(increase ? MemberChange.Decrease : MemberChange.Increase),
        _ => new MemberValue(MemberChange.Unknown),
    };

    private static ISymbol? LambdaParameter(LambdaExpressionSyntax lambda, DefineMethod define)
    {
        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0],
            _ => null,
        };
        return parameter is null ? null : define.Model.GetDeclaredSymbol(parameter, define.CancellationToken);
    }

    private static IMethodSymbol? MethodGroup(ExpressionSyntax expression, DefineMethod define)
    {
        var info = define.Model.GetSymbolInfo(expression, define.CancellationToken);
        return info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
    }

    /// <summary>True when the expression is the fact: its alias, or a lambda parameter standing for it.</summary>
    public static bool RefersTo(ExpressionSyntax expression, ISymbol fact, DefineMethod define)
    {
        while (expression is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            expression = expression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)expression).Operand;
        }

        return expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && SymbolEqualityComparer.Default.Equals(define.Model.GetSymbolInfo(expression, define.CancellationToken).Symbol, fact);
    }
}
