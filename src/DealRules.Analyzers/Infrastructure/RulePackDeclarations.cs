using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The declaration side of DR2005: what a pack's types, members and attributes name, and the state
/// they could keep. A rule object and its captured locals live as long as the compiled rules, across
/// every evaluation, so they may hold nothing that changes; neither may a static.
/// </summary>
internal static class RulePackDeclarations
{
    private const string RuleState = "state on a rule object, which outlives the evaluation";
    private const string StaticState = "static mutable state";

    /// <summary>Namespaces a pack may not declare types in: the compiler honours some of their types by name alone.</summary>
    private static readonly string[] ReservedNamespaces = ["System", "Microsoft"];

    public static void Register(
        CompilationStartAnalysisContext start, DiagnosticDescriptor descriptor, RulePackSurface surface, RulePackScope scope, NRulesSymbols nrules)
    {
        start.RegisterSymbolAction(
            context =>
            {
                var symbol = context.Symbol;
                if (!scope.Contains(symbol) || symbol.IsImplicitlyDeclared && symbol is not IFieldSymbol)
                {
                    return;
                }

                foreach (var (location, name, why) in Refusals(symbol, surface, nrules))
                {
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, location, name, why));
                }
            },
            SymbolKind.NamedType, SymbolKind.Field, SymbolKind.Property, SymbolKind.Method, SymbolKind.Event);

        start.RegisterOperationBlockAction(context =>
        {
            if (context.OwningSymbol.ContainingType is { } owner && nrules.IsRuleClass(owner) && scope.Contains(owner))
            {
                foreach (var (location, name) in MutableCapturedLocals(context.OperationBlocks, surface))
                {
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, location, name, RuleState));
                }
            }
        });
    }

    /// <summary>The element and enumerator members a <c>foreach</c> calls, which no operation names.</summary>
    public static (string Name, string Why)? ForEachRefusal(SyntaxNodeAnalysisContext context, RulePackSurface surface)
    {
        var info = context.SemanticModel.GetForEachStatementInfo((CommonForEachStatementSyntax)context.Node);
        foreach (var used in new ISymbol?[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty, info.DisposeMethod, info.ElementType })
        {
            if (surface.Refusal(used) is { } why)
            {
                return (Name(used!), why);
            }
        }

        return null;
    }

    public static string Name(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
        IMethodSymbol { AssociatedSymbol: { } property } => Name(property),
        _ => symbol.ContainingType is { } owner ? $"{owner.Name}.{symbol.Name}" : symbol.Name,
    };

    private static IEnumerable<(Location Location, string Name, string Why)> Refusals(ISymbol symbol, RulePackSurface surface, NRulesSymbols nrules)
    {
        var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null)
        {
            yield break;
        }

        foreach (var (named, why) in Named(symbol).Select(s => (s, surface.Refusal(s))).Where(r => r.Item2 is not null))
        {
            yield return (location, symbol.Name, $"{why} (through {Name(named!)})");
        }

        if (State(symbol, surface, nrules) is { } state)
        {
            yield return (location, symbol.Name, state);
        }
    }

    /// <summary>The types a declaration names: base types, member types, parameters, constraints.</summary>
    private static IEnumerable<ISymbol?> Named(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => new ISymbol?[] { type.BaseType }.Concat(type.Interfaces).Concat(type.TypeParameters.SelectMany(p => p.ConstraintTypes)),
        IFieldSymbol field => [field.Type],
        IPropertySymbol property => [property.Type, .. property.Parameters],
        IEventSymbol e => [e.Type],
        IMethodSymbol method => new ISymbol?[] { method.ReturnType }
            .Concat(method.Parameters).Concat(method.TypeParameters.SelectMany(p => p.ConstraintTypes)),
        _ => [],
    };

    private static string? State(ISymbol symbol, RulePackSurface surface, NRulesSymbols nrules) => symbol switch
    {
        INamedTypeSymbol type when ReservedNamespace(type) is { } reserved => $"a type in the namespace {reserved}, whose names the compiler and the runtime trust",
        INamedTypeSymbol type when DerivesFrom(type, "System.Attribute") => "declaring an attribute (the compiler treats some attributes by their name)",
        IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => "a static constructor (a static is set by its initializer, once)",
        IMethodSymbol { IsExtern: true } => "native interop (an extern method)",
        IMethodSymbol { MethodKind: MethodKind.Destructor } => "a finalizer",
        IMethodSymbol { IsAsync: true } => "asynchronous code",
        IFieldSymbol { IsConst: true } => null,
        IFieldSymbol { IsStatic: true } field => field.IsReadOnly && RulePackSurface.IsImmutable(field.Type) ? null : StaticState,
        IEventSymbol { IsStatic: true } => StaticState,
        IEventSymbol e when nrules.IsRuleClass(e.ContainingType) => RuleState,
        IFieldSymbol field when nrules.IsRuleClass(field.ContainingType) => RuleState,
        IPropertySymbol { IsStatic: true } property when IsAutoProperty(property) =>
            property.SetMethod is null && RulePackSurface.IsImmutable(property.Type) ? null : StaticState,
        IPropertySymbol property when IsAutoProperty(property) && nrules.IsRuleClass(property.ContainingType) => RuleState,
        _ => null,
    };

    /// <summary>The namespace of ours or the framework's a pack type claims (<c>System…</c>, <c>Microsoft…</c>), or null.</summary>
    private static string? ReservedNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        return ReservedNamespaces.Any(r => ns == r || ns.StartsWith(r + ".", System.StringComparison.Ordinal)) ? ns : null;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, string metadataName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (RulePackSurface.MetadataName(current.OriginalDefinition) == metadataName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    /// <summary>
    /// Locals of a rule's method that a lambda captures and that can change: a captured local lives in
    /// the rule object. Pattern aliases (<c>Fact x = default!;</c>, never assigned again) are tokens the
    /// engine replaces, and immutable values cannot change; anything else is state.
    /// </summary>
    private static IEnumerable<(Location Location, string Name)> MutableCapturedLocals(ImmutableArray<IOperation> blocks, RulePackSurface surface)
    {
        var operations = blocks.SelectMany(b => b.DescendantsAndSelf()).ToArray();
        var assigned = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var aliases = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when IsAliasInitializer(declarator.GetVariableInitializer()?.Value):
                    aliases.Add(declarator.Symbol);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target }:
                    assigned.Add(target.Local);
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                    assigned.Add(target.Local);
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation target }:
                    assigned.Add(target.Local);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    // Nested tuples too: ((kept, _), _) = …
                    assigned.UnionWith(deconstruction.Target.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Select(l => l.Local));
                    break;
                case ILocalReferenceOperation reference when IsTakenByRef(reference.Syntax):
                    // ref var r = ref alias; r = …: a ref local, a ref return or a ref assignment can write it under another name.
                    assigned.Add(reference.Local);
                    break;
            }
        }

        // A local of an immutable type is still state when code that runs at evaluation writes it: a condition's
        // Counter.Next(ref seen) counts every deal of every evaluation in the rule object.
        var writtenWhenCaptured = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in operations.OfType<ILocalReferenceOperation>())
        {
            if (!IsWritten(reference))
            {
                continue;
            }

            // A write through a field of a struct local ((int Count, int Unused) box = default; … ref box.Count) is no alias either.
            assigned.Add(reference.Local);
            if (IsCaptured(reference))
            {
                writtenWhenCaptured.Add(reference.Local);
            }
        }

        var reported = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in operations.OfType<ILocalReferenceOperation>())
        {
            var local = reference.Local;
            // Aliases first: every rule captures its aliases, and they are settled by two set lookups, not by naming their types.
            if (!IsCaptured(reference) || aliases.Contains(local) && !assigned.Contains(local)
                || RulePackSurface.IsImmutable(local.Type) && !writtenWhenCaptured.Contains(local)
                || !reported.Add(local))
            {
                continue;
            }

            yield return (local.Locations.FirstOrDefault() ?? reference.Syntax.GetLocation(), local.Name);
        }

        // A parameter of the member itself that a lambda captures lives in the rule object just as a local does:
        // Define() => Build(0, new List<string>()) with Build's lambdas writing seen or adding to titles.
        var reportedParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in operations.OfType<IParameterReferenceOperation>())
        {
            var parameter = reference.Parameter;
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) }
                || !IsCapturedIn(reference, parameter.ContainingSymbol)
                || RulePackSurface.IsImmutable(parameter.Type) && !IsParameterWritten(parameter, operations)
                || !reportedParameters.Add(parameter))
            {
                continue;
            }

            yield return (parameter.Locations.FirstOrDefault() ?? reference.Syntax.GetLocation(), parameter.Name);
        }
    }

    private static bool IsParameterWritten(IParameterSymbol parameter, IOperation[] operations) =>
        operations.OfType<IParameterReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter) && IsWrittenOperation(r));

    /// <summary>True when the reference, or a field of the struct it names, is written: assigned, stepped, passed by reference, deconstructed into or taken by ref.</summary>
    private static bool IsWritten(ILocalReferenceOperation reference) => IsWrittenOperation(reference);

    private static bool IsWrittenOperation(IOperation reference)
    {
        // A field of a struct local is the local: box.Count++ writes box.
        IOperation current = reference;
        while (current.Parent is IFieldReferenceOperation field && field.Instance == current && current.Type?.IsValueType == true)
        {
            current = field;
        }

        if (IsTakenByRef(current.Syntax))
        {
            return true;
        }

        while (current.Parent is ITupleOperation tuple)
        {
            current = tuple;
        }

        return current.Parent switch
        {
            IDeconstructionAssignmentOperation deconstruction => deconstruction.Target == current,
            IAssignmentOperation assignment => assignment.Target == current,
            IIncrementOrDecrementOperation step => step.Target == current,
            IArgumentOperation { Parameter.RefKind: not RefKind.None } => true,
            _ => false,
        };
    }

    private static bool IsTakenByRef(SyntaxNode syntax)
    {
        var parent = syntax.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is RefExpressionSyntax;
    }

    private static bool IsAliasInitializer(IOperation? value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value is IDefaultValueOperation or ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }
            || value?.Syntax is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand }
                && operand.Kind() is SyntaxKind.DefaultLiteralExpression or SyntaxKind.DefaultExpression or SyntaxKind.NullLiteralExpression;
    }

    /// <summary>True when the reference sits in a lambda or local function that does not declare the local.</summary>
    private static bool IsCaptured(ILocalReferenceOperation reference) => IsCapturedIn(reference, reference.Local.ContainingSymbol);

    private static bool IsCapturedIn(IOperation reference, ISymbol declaredIn)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            var function = parent switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation localFunction => localFunction.Symbol,
                _ => null,
            };
            if (function is not null)
            {
                return !SymbolEqualityComparer.Default.Equals(function, declaredIn);
            }
        }

        return false;
    }
}
