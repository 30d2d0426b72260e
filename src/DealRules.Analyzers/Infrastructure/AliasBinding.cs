using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// An alias bound in Define(): <c>Match(() => x, …)</c>, <c>Query(() => x, …)</c>, <c>Let(() => x, …)</c>,
/// <c>Dependency().Resolve(() => x)</c>, or an author's extension method that takes an alias.
/// </summary>
/// <remarks>
/// NRules reads an alias as a member expression and names the declaration after the member: a local
/// (captured, so a field of the closure), a field or a property of the rule class, static or not, are
/// all valid, and two aliases with one name are one declaration.
/// </remarks>
internal sealed class AliasBinding
{
    public AliasBinding(DslCall call, LambdaExpressionSyntax lambda, ISymbol? symbol, string? name, bool isMember)
    {
        Call = call;
        Lambda = lambda;
        Symbol = symbol;
        Name = name;
        IsMember = isMember;
    }

    /// <summary>The call that binds the alias.</summary>
    public DslCall Call { get; }

    /// <summary>The alias lambda, <c>() => x</c>.</summary>
    public LambdaExpressionSyntax Lambda { get; }

    /// <summary>The variable, field or property the alias names; null when it names none, or does not resolve.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>The local the alias names, or null.</summary>
    public ILocalSymbol? Local => Symbol as ILocalSymbol;

    /// <summary>The declaration name NRules gives the alias (the member's name); null when the body is not a member.</summary>
    public string? Name { get; }

    /// <summary>True when the body is, or may be, a member expression NRules accepts; false when it certainly is not.</summary>
    public bool IsMember { get; }

    /// <summary>The lambda's body, the expression that should name a variable, field or property.</summary>
    public CSharpSyntaxNode Body => Lambda.Body;

    /// <summary>What the binding declares.</summary>
    public AliasKind Kind => Call.Part switch
    {
        DslPart.Dependency => AliasKind.Dependency,
        DslPart.LeftHandSide when !Call.IsNRulesMethod => AliasKind.Extension,
        DslPart.LeftHandSide => Call.Name switch
        {
            "Match" => AliasKind.Pattern,
            "Query" => AliasKind.Query,
            "Let" => AliasKind.Let,
            _ => AliasKind.Extension,
        },
        _ => AliasKind.Extension,
    };

    /// <summary>True for a binding that matches facts: a pattern, a query, or an author's extension that binds an alias.</summary>
    public bool MatchesFacts => Kind is AliasKind.Pattern or AliasKind.Query or AliasKind.Extension;

    /// <summary>Reads an alias lambda's body the way NRules will.</summary>
    public static AliasBinding Read(DslCall call, LambdaExpressionSyntax lambda, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var body = lambda.Body as ExpressionSyntax;
        while (body is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            body = body is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)body).Operand;
        }

        if (body is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }))
        {
            return new AliasBinding(call, lambda, null, null, isMember: false);
        }

        var name = body is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : ((IdentifierNameSyntax)body).Identifier.ValueText;
        var symbol = model.GetSymbolInfo(body, cancellationToken).Symbol;
        var isMember = symbol switch
        {
            ILocalSymbol local => !local.IsConst,
            IFieldSymbol field => !field.IsConst,
            IPropertySymbol or IParameterSymbol => true,
            null => true,
            _ => false,
        };
        return new AliasBinding(call, lambda, isMember ? symbol : null, name, isMember);
    }
}

/// <summary>What an alias binding declares.</summary>
internal enum AliasKind
{
    Pattern,
    Query,
    Let,
    Dependency,
    Extension,
}
