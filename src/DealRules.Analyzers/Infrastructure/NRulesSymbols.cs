using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The NRules types the analyzers recognise, resolved by metadata name once per compilation. A
/// compilation that does not reference NRules gets none, and the analyzers register nothing there.
/// </summary>
internal sealed class NRulesSymbols
{
    public const string DslNamespace = "NRules.Fluent.Dsl";

    private NRulesSymbols(Compilation compilation, INamedTypeSymbol rule)
    {
        Rule = rule;
        Context = compilation.GetTypeByMetadataName("NRules.RuleModel.IContext");
        RepeatabilityAttribute = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.RepeatabilityAttribute");
        NameAttribute = compilation.GetTypeByMetadataName("NRules.Fluent.Dsl.NameAttribute");
        ExpressionOfT = compilation.GetTypeByMetadataName("System.Linq.Expressions.Expression`1");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
    }

    /// <summary><c>NRules.Fluent.Dsl.Rule</c>.</summary>
    public INamedTypeSymbol Rule { get; }

    /// <summary><c>NRules.RuleModel.IContext</c>.</summary>
    public INamedTypeSymbol? Context { get; }

    public INamedTypeSymbol? RepeatabilityAttribute { get; }

    public INamedTypeSymbol? NameAttribute { get; }

    public INamedTypeSymbol? ExpressionOfT { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    /// <summary>Every analyzer asks at the start of a compilation; the symbols are resolved for the first and shared with the rest.</summary>
    private static readonly ConditionalWeakTable<Compilation, StrongBox<NRulesSymbols?>> Resolved = new();

    public static NRulesSymbols? TryCreate(Compilation compilation) =>
        Resolved.GetValue(compilation, c => new StrongBox<NRulesSymbols?>(
            c.GetTypeByMetadataName("NRules.Fluent.Dsl.Rule") is { } rule ? new NRulesSymbols(c, rule) : null)).Value;

    /// <summary>True for a class that derives, directly or not, from <c>NRules.Fluent.Dsl.Rule</c>.</summary>
    public bool IsRuleClass(ITypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Rule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a class NRules' default loader instantiates: a rule class that is not abstract and not generic.</summary>
    public bool IsConcreteRuleClass(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic && !type.IsGenericType && IsRuleClass(type);

    /// <summary>What part of the DSL a method belongs to, by the type it is called on.</summary>
    public DslPart PartOf(IMethodSymbol method)
    {
        var receiver = method.IsExtensionMethod && method.ReducedFrom is null && method.Parameters.Length > 0
            ? method.Parameters[0].Type
            : method.ReceiverType;
        if (receiver is null)
        {
            return DslPart.None;
        }

        if (SymbolEqualityComparer.Default.Equals(receiver.OriginalDefinition, Rule) || IsRuleClass(receiver))
        {
            return method.ContainingType is { } owner && SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, Rule)
                ? DslPart.RuleBuilder
                : DslPart.None;
        }

        if (!IsDslNamespace(receiver.ContainingNamespace))
        {
            return DslPart.None;
        }

        return receiver.OriginalDefinition.Name switch
        {
            "ILeftHandSideExpression" => DslPart.LeftHandSide,
            "IRightHandSideExpression" => DslPart.RightHandSide,
            "IFilterExpression" => DslPart.Filter,
            "IDependencyExpression" => DslPart.Dependency,
            var name when name.EndsWith("Query", System.StringComparison.Ordinal) => DslPart.Query,
            _ => DslPart.None,
        };
    }

    /// <summary>
    /// True for <c>NRules.Fluent.Dsl</c> (<see cref="DslNamespace"/>). Compared name by name: this runs for every call of
    /// every Define(), and a namespace's display string is built anew on each request.
    /// </summary>
    public static bool IsDslNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Dsl", ContainingNamespace: { Name: "Fluent", ContainingNamespace: { Name: "NRules", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>True when the type is <c>System.Linq.Expressions.Expression&lt;T&gt;</c>: a lambda converted to it is an expression the engine evaluates.</summary>
    public bool IsExpressionTree(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && ExpressionOfT is not null
        && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ExpressionOfT);

    /// <summary>True for Task, Task&lt;T&gt;, ValueTask and ValueTask&lt;T&gt;.</summary>
    public bool IsTask(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, Task)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTask)
                || SymbolEqualityComparer.Default.Equals(definition, ValueTaskOfT))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The parts of NRules' fluent DSL.</summary>
internal enum DslPart
{
    None,
    RuleBuilder,
    LeftHandSide,
    RightHandSide,
    Query,
    Filter,
    Dependency,
}
