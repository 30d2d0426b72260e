using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>An And or Or group of the left-hand side: the lambda given to <c>And(…)</c> or <c>Or(…)</c>.</summary>
internal readonly struct LeftHandSideGroup
{
    public LeftHandSideGroup(LambdaExpressionSyntax lambda, bool isOr)
    {
        Lambda = lambda;
        IsOr = isOr;
    }

    public LambdaExpressionSyntax Lambda { get; }

    /// <summary>True for an Or group, whose children are alternatives; false for an And group.</summary>
    public bool IsOr { get; }
}

/// <summary>A lambda given to a DSL call, classified once.</summary>
internal readonly struct DslLambda
{
    public DslLambda(LambdaExpressionSyntax lambda, DslCall call, bool isExpressionTree, bool returnsVoid)
    {
        Lambda = lambda;
        Call = call;
        IsExpressionTree = isExpressionTree;
        ReturnsVoid = returnsVoid;
    }

    public LambdaExpressionSyntax Lambda { get; }

    public DslCall Call { get; }

    public bool IsExpressionTree { get; }

    public bool ReturnsVoid { get; }
}

/// <summary>An identifier in Define() that names an alias.</summary>
internal readonly struct AliasReference
{
    public AliasReference(IdentifierNameSyntax identifier, ISymbol alias)
    {
        Identifier = identifier;
        Alias = alias;
    }

    public IdentifierNameSyntax Identifier { get; }

    public ISymbol Alias { get; }
}
