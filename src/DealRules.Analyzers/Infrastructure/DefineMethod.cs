using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// A rule's <c>Define()</c> override, read once: its DSL calls, the aliases they bind, and which
/// lambdas are conditions and which are actions. Everything is resolved through the semantic model,
/// so aliases declared as locals, authors' extension methods on the DSL interfaces and half-typed
/// code (calls that do not resolve are left out) are all handled the same way.
/// </summary>
internal sealed class DefineMethod
{
    private static readonly string[] AliasParameterNames = { "alias" };

    private ImmutableArray<DslCall> calls;
    private ImmutableArray<AliasBinding> bindings;

    public DefineMethod(MethodDeclarationSyntax syntax, IMethodSymbol symbol, SemanticModel model, NRulesSymbols nrules, CancellationToken cancellationToken)
    {
        Syntax = syntax;
        Symbol = symbol;
        Model = model;
        NRules = nrules;
        CancellationToken = cancellationToken;
    }

    public MethodDeclarationSyntax Syntax { get; }

    public IMethodSymbol Symbol { get; }

    public INamedTypeSymbol RuleClass => Symbol.ContainingType;

    public SemanticModel Model { get; }

    public NRulesSymbols NRules { get; }

    public CancellationToken CancellationToken { get; }

    public SyntaxNode Body => (SyntaxNode?)Syntax.Body ?? Syntax.ExpressionBody!;

    /// <summary>Every call in the body that resolves to a method, in the order their names are written.</summary>
    public ImmutableArray<DslCall> Calls => calls.IsDefault ? calls = ResolveCalls() : calls;

    /// <summary>Every alias bound in the body, in source order.</summary>
    public ImmutableArray<AliasBinding> Bindings => bindings.IsDefault ? bindings = ResolveBindings() : bindings;

    /// <summary>The locals used as aliases.</summary>
    public ImmutableHashSet<ILocalSymbol> AliasLocals =>
        Bindings.Select(b => b.Local).OfType<ILocalSymbol>().ToImmutableHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

    /// <summary>True when the body calls something it cannot see into: base.Define(), another method of the rule, or passes a DSL builder on.</summary>
    public bool DelegatesDefinition =>
        Calls.Any(c => c.Part == DslPart.None && IsDefinitionHelper(c))
        || Calls.Any(c => c.Syntax.ArgumentList.Arguments.Any(a => IsDslBuilder(Model.GetTypeInfo(a.Expression, CancellationToken).Type)));

    /// <summary>The resolved calls written inside any of the given lambdas.</summary>
    public IEnumerable<DslCall> CallsInside(IEnumerable<LambdaExpressionSyntax> lambdas)
    {
        var spans = lambdas.Select(l => l.Body.Span).ToArray();
        return Calls.Where(c => spans.Any(span => span.Contains(c.Syntax.Span)));
    }

    /// <summary>Expression-tree lambdas given to a left-hand side, query or filter call, other than aliases: the rule's conditions.</summary>
    public IEnumerable<LambdaExpressionSyntax> Conditions =>
        ExpressionLambdas(DslPart.LeftHandSide, DslPart.Query, DslPart.Filter).Where(l => !Bindings.Any(b => b.Lambda == l));

    /// <summary>Expression-tree lambdas given to a right-hand side call: the rule's actions.</summary>
    public IEnumerable<LambdaExpressionSyntax> Actions => ExpressionLambdas(DslPart.RightHandSide);

    /// <summary>True when the node sits inside a lambda the engine evaluates: one given as an expression tree to a DSL call.</summary>
    public bool IsInsideExpressionLambda(SyntaxNode node) => ExpressionLambdaSpans.Any(span => span.Contains(node.Span));

    private ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan> expressionLambdaSpans;

    private ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan> ExpressionLambdaSpans =>
        expressionLambdaSpans.IsDefault
            ? expressionLambdaSpans = Calls.Where(c => c.Part != DslPart.None)
                .SelectMany(c => c.Syntax.ArgumentList.Arguments)
                .Select(a => a.Expression)
                .OfType<LambdaExpressionSyntax>()
                .Where(IsExpressionTreeLambda)
                .Select(l => l.Span)
                .ToImmutableArray()
            : expressionLambdaSpans;

    public bool IsExpressionTreeLambda(LambdaExpressionSyntax lambda) =>
        NRules.IsExpressionTree(Model.GetTypeInfo(lambda, CancellationToken).ConvertedType);

    private IEnumerable<LambdaExpressionSyntax> ExpressionLambdas(params DslPart[] parts) =>
        Calls.Where(c => parts.Contains(c.Part))
            .SelectMany(c => c.Syntax.ArgumentList.Arguments)
            .Select(a => a.Expression)
            .OfType<LambdaExpressionSyntax>()
            .Where(IsExpressionTreeLambda);

    private bool IsDefinitionHelper(DslCall call) =>
        call.Syntax.Expression is BaseExpressionSyntax or MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax }
        || (SymbolEqualityComparer.Default.Equals(call.Method.ContainingType, RuleClass) && !call.Method.IsStatic)
        || (call.Method.ContainingType is { } owner && RuleClass.BaseType is { } baseType && InheritsFrom(baseType, owner) && !call.Method.IsStatic
            && !SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, NRules.Rule));

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
        type?.ContainingNamespace?.ToDisplayString() == "NRules.Fluent.Dsl"
        && type.Name is "ILeftHandSideExpression" or "IRightHandSideExpression";

    private ImmutableArray<DslCall> ResolveCalls()
    {
        var result = ImmutableArray.CreateBuilder<DslCall>();
        foreach (var invocation in Body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (Model.GetSymbolInfo(invocation, CancellationToken).Symbol is IMethodSymbol method)
            {
                result.Add(new DslCall(invocation, method, NRules.PartOf(method)));
            }
        }

        // Chained calls nest outside-in; the order the author wrote them in is the order of their names.
        return result.OrderBy(c => c.NameLocation.SourceSpan.Start).ToImmutableArray();
    }

    private ImmutableArray<AliasBinding> ResolveBindings()
    {
        var result = ImmutableArray.CreateBuilder<AliasBinding>();
        foreach (var call in Calls.Where(c => c.Part == DslPart.LeftHandSide))
        {
            foreach (var name in AliasParameterNames)
            {
                if (call.ArgumentFor(name)?.Expression is LambdaExpressionSyntax lambda
                    && call.Method.Parameters.FirstOrDefault(p => p.Name == name) is { } parameter
                    && NRules.IsExpressionTree(parameter.Type))
                {
                    var local = lambda.Body is IdentifierNameSyntax identifier
                        ? Model.GetSymbolInfo(identifier, CancellationToken).Symbol as ILocalSymbol
                        : null;
                    result.Add(new AliasBinding(call, lambda, local));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The AND scope a binding belongs to: the Define body, or the And group that forms one branch of
    /// an Or. Null when the binding is itself a branch of an Or, so that it shares a scope with nothing.
    /// </summary>
    public SyntaxNode? AndScopeOf(AliasBinding binding)
    {
        SyntaxNode? innermostAnd = null;
        foreach (var lambda in binding.Call.Syntax.Ancestors().OfType<LambdaExpressionSyntax>())
        {
            var group = lambda.Parent?.Parent?.Parent as InvocationExpressionSyntax;
            switch (Calls.FirstOrDefault(c => c.Syntax == group))
            {
                case { Part: DslPart.LeftHandSide, Name: "Or" }:
                    return innermostAnd;
                case { Part: DslPart.LeftHandSide, Name: "And" }:
                    innermostAnd = lambda;
                    break;
            }
        }

        return Body;
    }
}
