using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// A rule's <c>Define()</c> override, read once: its DSL calls, the aliases they bind, and which
/// lambdas are conditions and which are actions. Everything is resolved through the semantic model,
/// so aliases declared as locals or members, authors' extension methods on the DSL interfaces and
/// calls that do not resolve (the analyzers stay silent then) are all handled the same way. This file
/// resolves calls, bindings and alias references; <c>DefineMethod.Lambdas.cs</c> classifies the DSL's
/// lambdas, <c>DefineMethod.Order.cs</c> says where a call sits and whether it runs as written.
/// </summary>
internal sealed partial class DefineMethod
{
    private const string AliasParameterName = "alias";

    private ImmutableArray<DslCall> calls;
    private Dictionary<InvocationExpressionSyntax, DslCall>? callsBySyntax;
    private int unresolvedCalls;
    private ImmutableArray<AliasBinding> bindings;
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
