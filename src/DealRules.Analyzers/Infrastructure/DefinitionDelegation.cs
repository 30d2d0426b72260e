using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// Whether a Define() may add patterns or actions where the analyzer cannot see them: base.Define(), another instance
/// method of the rule, the rule itself or a DSL builder handed to other code (a helper's method or constructor), or
/// <c>When</c>/<c>Then</c> used other than as the start of a chain. Analyzers that would report a missing part stay silent then.
/// </summary>
internal static class DefinitionDelegation
{
    public static bool Find(DefineMethod define)
    {
        // Calls inside the expressions the engine evaluates run when the rule fires, not while it is defined.
        var definitionCalls = define.Calls.Where(c => !define.IsInsideExpressionLambda(c.Syntax)).ToArray();
        if (definitionCalls.Any(c => c.Part == DslPart.None && IsDefinitionHelper(c, define)))
        {
            return true;
        }

        foreach (var node in define.Body.DescendantNodes(n => n is not LambdaExpressionSyntax lambda || !define.IsInsideExpressionLambda(lambda)))
        {
            switch (node)
            {
                case ThisExpressionSyntax when node.Parent is ArgumentSyntax or AssignmentExpressionSyntax or EqualsValueClauseSyntax:
                    return true;
                case IdentifierNameSyntax { Identifier.ValueText: "When" or "Then" or "Filter" or "Dependency" } name
                    when name.Parent is not InvocationExpressionSyntax && !(name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Parent is InvocationExpressionSyntax)
                    && define.Model.GetSymbolInfo(name, define.CancellationToken).Symbol is IMethodSymbol method && define.NRules.PartOf(method) == DslPart.RuleBuilder:
                    return true;
            }
        }

        foreach (var call in definitionCalls)
        {
            if (IsDslBuilder(call.Method.ReturnType) && Escapes(call.Syntax, define))
            {
                return true;
            }

            if (call.Syntax.ArgumentList.Arguments.Any(a => a.Expression is not LambdaExpressionSyntax && IsDslBuilder(define.Model.GetTypeInfo(a.Expression, define.CancellationToken).Type)))
            {
                return true;
            }
        }

        // A builder kept in a local is followed where it goes; one handed to a constructor or stored elsewhere is not.
        foreach (var creation in define.Body.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>().Where(c => !define.IsInsideExpressionLambda(c)))
        {
            if (creation.ArgumentList?.Arguments.Any(a => a.Expression is ThisExpressionSyntax || IsDslBuilder(define.Model.GetTypeInfo(a.Expression, define.CancellationToken).Type)) == true)
            {
                return true;
            }
        }

        var builderLocals = define.Body.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Select(v => define.Model.GetDeclaredSymbol(v, define.CancellationToken))
            .OfType<ILocalSymbol>()
            .Where(l => IsDslBuilder(l.Type))
            .ToImmutableHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (builderLocals.IsEmpty)
        {
            return false;
        }

        var names = new HashSet<string>(builderLocals.Select(l => l.Name));
        return define.Body.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(i => names.Contains(i.Identifier.ValueText) && !(i.Parent is VariableDeclaratorSyntax))
            .Any(i => define.Model.GetSymbolInfo(i, define.CancellationToken).Symbol is ILocalSymbol local && builderLocals.Contains(local) && Escapes(i, define));
    }

    /// <summary>True when a DSL builder value goes somewhere other than the receiver of a DSL call, a statement of its own, or a local.</summary>
    private static bool Escapes(ExpressionSyntax expression, DefineMethod define)
    {
        var current = (SyntaxNode)expression;
        while (current.Parent is ParenthesizedExpressionSyntax)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Expression == current:
                return access.Parent is not InvocationExpressionSyntax invocation || define.CallOf(invocation) is not { Part: not DslPart.None };
            case ExpressionStatementSyntax:
            case LambdaExpressionSyntax:
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } }:
            case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax }:
                return false;
            case AssignmentExpressionSyntax assignment when assignment.Right == current:
                return define.Model.GetSymbolInfo(assignment.Left, define.CancellationToken).Symbol is not ILocalSymbol;
            case AssignmentExpressionSyntax:
                return false;
            default:
                return true;
        }
    }

    private static bool IsDefinitionHelper(DslCall call, DefineMethod define) =>
        call.Syntax.Expression is BaseExpressionSyntax or MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax }
        || (SymbolEqualityComparer.Default.Equals(call.Method.ContainingType, define.RuleClass) && !call.Method.IsStatic)
        || (call.Method.ContainingType is { } owner && define.RuleClass.BaseType is { } baseType && InheritsFrom(baseType, owner) && !call.Method.IsStatic
            && !SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, define.NRules.Rule));

    private static bool InheritsFrom(ITypeSymbol type, ITypeSymbol candidate)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, candidate.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDslBuilder(ITypeSymbol? type) =>
        type is not null && NRulesSymbols.IsDslNamespace(type.ContainingNamespace)
        && type.Name is "ILeftHandSideExpression" or "IRightHandSideExpression" or "IFilterExpression" or "IDependencyExpression";
}
