using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>The DSL's lambdas of a <c>Define()</c>, each classified once: conditions, actions, expression trees.</summary>
internal sealed partial class DefineMethod
{
    private ImmutableArray<TextSpan> expressionLambdaSpans;
    private Dictionary<LambdaExpressionSyntax, DslLambda>? dslLambdas;
    private ImmutableArray<LambdaExpressionSyntax> conditions;
    private ImmutableArray<LambdaExpressionSyntax> leftHandSideLambdas;
    private ImmutableArray<LambdaExpressionSyntax> actions;

    /// <summary>Expression-tree lambdas given to a left-hand side, query or filter call, other than aliases: the rule's conditions (Let expressions and change keys included).</summary>
    public ImmutableArray<LambdaExpressionSyntax> Conditions =>
        conditions.IsDefault ? conditions = ExpressionLambdas(DslPart.LeftHandSide, DslPart.Query, DslPart.Filter) : conditions;

    /// <summary>Expression-tree lambdas of the left-hand side (patterns, Having, Let, queries), other than aliases: what NRules evaluates to match facts.</summary>
    public ImmutableArray<LambdaExpressionSyntax> LeftHandSideLambdas =>
        leftHandSideLambdas.IsDefault ? leftHandSideLambdas = ExpressionLambdas(DslPart.LeftHandSide, DslPart.Query) : leftHandSideLambdas;

    /// <summary>Expression-tree lambdas given to a right-hand side call: the rule's actions (and what Yield computes).</summary>
    public ImmutableArray<LambdaExpressionSyntax> Actions =>
        actions.IsDefault ? actions = ExpressionLambdas(DslPart.RightHandSide) : actions;

    /// <summary>True when the node sits inside a lambda the engine evaluates: one given as an expression tree to a DSL call.</summary>
    public bool IsInsideExpressionLambda(SyntaxNode node) => ExpressionLambdaSpans.Any(span => span.Contains(node.Span));

    /// <summary>True for a lambda converted to an expression tree (the DSL's lambdas are classified once).</summary>
    public bool IsExpressionTreeLambda(LambdaExpressionSyntax lambda) =>
        DslLambdas.TryGetValue(lambda, out var known)
            ? known.IsExpressionTree
            : NRules.IsExpressionTree(Model.GetTypeInfo(lambda, CancellationToken).ConvertedType);

    /// <summary>True for an expression-tree lambda given to a DSL call whose delegate returns nothing: an action, not what a Yield computes.</summary>
    public bool IsVoidExpressionLambda(LambdaExpressionSyntax lambda) =>
        DslLambdas.TryGetValue(lambda, out var known) && known.IsExpressionTree && known.ReturnsVoid;

    private bool IsAliasLambda(LambdaExpressionSyntax lambda) => Bindings.Any(b => b.Lambda == lambda);

    private ImmutableArray<TextSpan> ExpressionLambdaSpans =>
        expressionLambdaSpans.IsDefault
            ? expressionLambdaSpans = DslLambdas.Values.Where(l => l.IsExpressionTree).Select(l => l.Lambda.Span).ToImmutableArray()
            : expressionLambdaSpans;

    /// <summary>The lambdas given to DSL calls, each classified once: expression tree or not, and whether its delegate returns nothing.</summary>
    private Dictionary<LambdaExpressionSyntax, DslLambda> DslLambdas
    {
        get
        {
            if (dslLambdas is null)
            {
                var map = new Dictionary<LambdaExpressionSyntax, DslLambda>();
                foreach (var call in Calls.Where(c => c.Part != DslPart.None))
                {
                    foreach (var lambda in call.Syntax.ArgumentList.Arguments.Select(a => a.Expression).OfType<LambdaExpressionSyntax>())
                    {
                        var converted = Model.GetTypeInfo(lambda, CancellationToken).ConvertedType;
                        var isExpressionTree = NRules.IsExpressionTree(converted);
                        var returnsVoid = isExpressionTree
                            && converted is INamedTypeSymbol { TypeArguments.Length: 1 } expression
                            && expression.TypeArguments[0] is INamedTypeSymbol { DelegateInvokeMethod.ReturnsVoid: true };
                        map[lambda] = new DslLambda(lambda, call, isExpressionTree, returnsVoid);
                    }
                }

                dslLambdas = map;
            }

            return dslLambdas;
        }
    }

    private ImmutableArray<LambdaExpressionSyntax> ExpressionLambdas(params DslPart[] parts) =>
        DslLambdas.Values
            .Where(l => l.IsExpressionTree && parts.Contains(l.Call.Part) && !IsAliasLambda(l.Lambda))
            .OrderBy(l => l.Lambda.SpanStart)
            .Select(l => l.Lambda)
            .ToImmutableArray();
}
