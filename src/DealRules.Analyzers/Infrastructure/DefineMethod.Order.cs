using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>Where a call of a <c>Define()</c> sits (its And and Or groups) and whether it runs as written.</summary>
internal sealed partial class DefineMethod
{
    /// <summary>The And and Or groups a call sits in, outermost first; empty for a call at the top of the left-hand side.</summary>
    public ImmutableArray<LeftHandSideGroup> GroupsOf(DslCall call)
    {
        var groups = ImmutableArray.CreateBuilder<LeftHandSideGroup>();
        foreach (var lambda in call.Syntax.Ancestors().TakeWhile(a => a != Body).OfType<LambdaExpressionSyntax>())
        {
            if (lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax owner }
                && CallOf(owner) is { Part: DslPart.LeftHandSide, IsNRulesMethod: true, Name: "And" or "Or" } group)
            {
                groups.Insert(0, new LeftHandSideGroup(lambda, group.Name == "Or"));
            }
        }

        return groups.ToImmutable();
    }

    /// <summary>
    /// True when the node runs once, in the order it is written: every statement between it and the body is a plain
    /// expression or declaration statement, and every lambda around it is run by the DSL call it is given to.
    /// </summary>
    public bool RunsInWrittenOrder(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor == Body)
            {
                return true;
            }

            switch (ancestor)
            {
                case LambdaExpressionSyntax lambda:
                    if (lambda.Parent is not ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax owner } || CallOf(owner) is not { Part: not DslPart.None })
                    {
                        return false;
                    }

                    break;
                case AnonymousMethodExpressionSyntax:
                case StatementSyntax and not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax or BlockSyntax):
                    return false;
            }
        }

        return false;
    }
}
