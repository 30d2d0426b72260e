using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>Finds the source of the rule class's own methods and delegate fields that conditions and actions call.</summary>
internal static class RuleMethods
{
    /// <summary>
    /// True when the call is written as a rule's own member is called (<c>Method(…)</c>,
    /// <c>this.Method(…)</c>, <c>RuleClass.Method(…)</c>), the only calls <see cref="Target"/> can resolve;
    /// a cheap syntax check that spares binding every other call.
    /// </summary>
    public static bool MayBeOwn(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        IdentifierNameSyntax or GenericNameSyntax => true,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax } => true,
        _ => false,
    };

    /// <summary>
    /// The body of what the invocation calls, when it is a method of the rule class (or a delegate field
    /// the rule class initialises with a lambda) declared in the same syntax tree; null otherwise.
    /// </summary>
    public static (SyntaxNode Body, IMethodSymbol? Method)? Target(InvocationExpressionSyntax invocation, DefineMethod define)
    {
        var symbol = (ISymbol?)define.CallOf(invocation)?.Method ?? define.Model.GetSymbolInfo(invocation, define.CancellationToken).Symbol;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke })
        {
            symbol = define.Model.GetSymbolInfo(invocation.Expression, define.CancellationToken).Symbol;
        }

        switch (symbol)
        {
            case IMethodSymbol method when IsOwn(method, define) && BodyOf(method, define.Syntax.SyntaxTree, define.CancellationToken) is { } body:
                return (body, method);
            case IFieldSymbol field when IsOwn(field, define) && LambdaOf(field, define.Syntax.SyntaxTree, define.CancellationToken) is { } lambda:
                return (lambda, null);
            default:
                return null;
        }
    }

    private static bool IsOwn(ISymbol member, DefineMethod define) =>
        SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, define.RuleClass.OriginalDefinition);

    private static SyntaxNode? BodyOf(IMethodSymbol method, SyntaxTree tree, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences
            .Where(r => r.SyntaxTree == tree)
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<MethodDeclarationSyntax>()
            .Select(m => (SyntaxNode?)m.Body ?? m.ExpressionBody)
            .FirstOrDefault(b => b is not null);

    private static LambdaExpressionSyntax? LambdaOf(IFieldSymbol field, SyntaxTree tree, CancellationToken cancellationToken) =>
        field.DeclaringSyntaxReferences
            .Where(r => r.SyntaxTree == tree)
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<VariableDeclaratorSyntax>()
            .Select(v => v.Initializer?.Value)
            .OfType<LambdaExpressionSyntax>()
            .FirstOrDefault();
}
