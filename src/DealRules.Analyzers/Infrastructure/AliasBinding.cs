using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>A pattern alias bound in Define(): <c>Match(() => x, …)</c>, <c>Query(() => x, …)</c>, <c>Let(() => x, …)</c>.</summary>
internal sealed class AliasBinding
{
    public AliasBinding(DslCall call, LambdaExpressionSyntax lambda, ILocalSymbol? local)
    {
        Call = call;
        Lambda = lambda;
        Local = local;
    }

    /// <summary>The call that binds the alias.</summary>
    public DslCall Call { get; }

    /// <summary>The alias lambda, <c>() => x</c>.</summary>
    public LambdaExpressionSyntax Lambda { get; }

    /// <summary>The local the alias names, or null when the lambda does not name a local.</summary>
    public ILocalSymbol? Local { get; }

    /// <summary>The lambda's body, the expression that should be a local's name.</summary>
    public CSharpSyntaxNode Body => Lambda.Body;
}
