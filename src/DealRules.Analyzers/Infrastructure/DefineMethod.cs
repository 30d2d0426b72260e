using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// A rule's <c>Define()</c> override, read once: its DSL calls, the aliases they bind, and which
/// lambdas are conditions and which are actions. Everything is resolved through the semantic model,
/// so aliases declared as locals or members, authors' extension methods on the DSL interfaces and
/// calls that do not resolve (the analyzers stay silent then) are all handled the same way.
/// </summary>
internal sealed class DefineMethod
{
    private const string AliasParameterName = "alias";

    private ImmutableArray<DslCall> calls;
    private Dictionary<InvocationExpressionSyntax, DslCall>? callsBySyntax;
    private int unresolvedCalls;
    private ImmutableArray<AliasBinding> bindings;
    private ImmutableArray<TextSpan> expressionLambdaSpans;
    private Dictionary<LambdaExpressionSyntax, DslLambda>? dslLambdas;
    private ImmutableArray<LambdaExpressionSyntax> conditions;
    private ImmutableArray<LambdaExpressionSyntax> leftHandSideLambdas;
    private ImmutableArray<LambdaExpressionSyntax> actions;
    private ImmutableArray<AliasReference> aliasReferences;
    private bool? delegatesDefinition;

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

    /// <summary>Every call in the body that resolves to a method, in the order their names are written (the order chained calls run in).</summary>
    public ImmutableArray<DslCall> Calls
    {
        get
        {
            if (calls.IsDefault)
            {
                ResolveCalls();
            }

            return calls;
        }
    }

    /// <summary>True when some call in the body does not resolve: code being typed, or an error the compiler reports. The analyzers cannot see its shape then.</summary>
    public bool HasUnresolvedCalls => !Calls.IsDefault && unresolvedCalls > 0;

    /// <summary>Every alias bound in the body, in source order.</summary>
    public ImmutableArray<AliasBinding> Bindings => bindings.IsDefault ? bindings = ResolveBindings() : bindings;

    /// <summary>The locals used as aliases, of patterns and dependencies alike.</summary>
    public ImmutableHashSet<ILocalSymbol> AliasLocals =>
        Bindings.Select(b => b.Local).OfType<ILocalSymbol>().ToImmutableHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

    /// <summary>The variables, fields and properties bound to facts in working memory by a pattern (not a query's result, a Let value or a dependency).</summary>
    public ImmutableHashSet<ISymbol> MatchedFacts =>
        Bindings.Where(b => b.Kind is AliasKind.Pattern or AliasKind.Extension).Select(b => b.Symbol).OfType<ISymbol>().ToImmutableHashSet(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when the definition may add patterns or actions where the analyzer cannot see them: base.Define(), another
    /// instance method of the rule, the rule itself or a DSL builder handed to other code (a helper's method or constructor),
    /// or <c>When</c>/<c>Then</c> used other than as the start of a chain.
    /// </summary>
    public bool DelegatesDefinition => delegatesDefinition ??= DefinitionDelegation.Find(this);

    /// <summary>The call a syntax node is, when it resolved; null otherwise.</summary>
    public DslCall? CallOf(InvocationExpressionSyntax invocation)
    {
        if (callsBySyntax is null)
        {
            var map = new Dictionary<InvocationExpressionSyntax, DslCall>();
            foreach (var call in Calls)
            {
                map[call.Syntax] = call;
            }

            callsBySyntax = map;
        }

        return callsBySyntax.TryGetValue(invocation, out var found) ? found : null;
    }

    /// <summary>The resolved calls written inside any of the given lambdas.</summary>
    public IEnumerable<DslCall> CallsInside(IEnumerable<LambdaExpressionSyntax> lambdas)
    {
        var spans = lambdas.Select(l => l.Body.Span).ToArray();
        return Calls.Where(c => spans.Any(span => span.Contains(c.Syntax.Span)));
    }

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

    /// <summary>
    /// Every identifier in the body that names an alias (of a pattern, query, Let or dependency), with the alias; resolved once
    /// and shared by the analyzers that follow aliases into conditions and actions.
    /// </summary>
    public ImmutableArray<AliasReference> AliasReferences => aliasReferences.IsDefault ? aliasReferences = ResolveAliasReferences() : aliasReferences;

    /// <summary>The alias references inside any of the given nodes.</summary>
    public IEnumerable<AliasReference> AliasReferencesIn(IEnumerable<SyntaxNode> nodes)
    {
        var spans = nodes.Select(n => n.Span).ToArray();
        return AliasReferences.Where(r => spans.Any(span => span.Contains(r.Identifier.Span)));
    }

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

    private ImmutableArray<AliasReference> ResolveAliasReferences()
    {
        var aliases = Bindings.Select(b => b.Symbol).OfType<ISymbol>().ToImmutableHashSet(SymbolEqualityComparer.Default);
        if (aliases.IsEmpty)
        {
            return ImmutableArray<AliasReference>.Empty;
        }

        var names = new HashSet<string>(aliases.Select(a => a.Name));
        var result = ImmutableArray.CreateBuilder<AliasReference>();
        foreach (var identifier in Body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (names.Contains(identifier.Identifier.ValueText)
                && Model.GetSymbolInfo(identifier, CancellationToken).Symbol is { } symbol
                && aliases.Contains(symbol))
            {
                result.Add(new AliasReference(identifier, symbol));
            }
        }

        return result.ToImmutable();
    }

    private void ResolveCalls()
    {
        var result = ImmutableArray.CreateBuilder<DslCall>();
        var unresolved = 0;
        foreach (var invocation in Body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (Model.GetSymbolInfo(invocation, CancellationToken).Symbol is IMethodSymbol method)
            {
                result.Add(new DslCall(invocation, method, NRules.PartOf(method)));
            }
            else if (invocation.Expression is not IdentifierNameSyntax { Identifier.ValueText: "nameof" })
            {
                unresolved++;
            }
        }

        unresolvedCalls = unresolved;

        // Chained calls nest outside-in; the order the author wrote them in is the order of their names.
        calls = result.OrderBy(c => c.NameLocation.SourceSpan.Start).ToImmutableArray();
    }

    private ImmutableArray<AliasBinding> ResolveBindings()
    {
        var result = ImmutableArray.CreateBuilder<AliasBinding>();
        foreach (var call in Calls.Where(c => c.Part is DslPart.LeftHandSide or DslPart.Dependency))
        {
            if (call.ArgumentFor(AliasParameterName)?.Expression is LambdaExpressionSyntax lambda
                && call.Method.Parameters.FirstOrDefault(p => p.Name == AliasParameterName) is { } parameter
                && NRules.IsExpressionTree(parameter.Type))
            {
                result.Add(AliasBinding.Read(call, lambda, Model, CancellationToken));
            }
        }

        return result.ToImmutable();
    }
}
