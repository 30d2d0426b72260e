using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// What code written for a rule pack may use, as an allow-list over symbols: the pack's own
/// declarations, the whole DealRules authoring assembly, NRules' fluent DSL, and a curated part of
/// the base library. Anything not listed is refused, so a new API or an unexpected spelling fails
/// closed. Verdicts are cached per compilation: rules use the same few members again and again.
/// </summary>
internal sealed partial class RulePackSurface
{
    private readonly IAssemblySymbol pack;
    private readonly ConcurrentDictionary<ISymbol, string?> verdicts = new(SymbolEqualityComparer.Default);

    public RulePackSurface(IAssemblySymbol pack) => this.pack = pack;

    /// <summary>Why using <paramref name="symbol"/> is refused, or null when a pack may use it.</summary>
    public string? Refusal(ISymbol? symbol) => symbol is null ? null : verdicts.GetOrAdd(symbol, Decide);

    /// <summary>True for a type declared in the pack's own source.</summary>
    public bool IsOwn(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition.ContainingAssembly, pack);

    /// <summary>
    /// True for a type whose values cannot change once made, so that a static field or a captured
    /// local of it cannot carry one evaluation's data into the next.
    /// </summary>
    public static bool IsImmutable(ITypeSymbol? type, int depth = 0)
    {
        if (type is null || depth > 6)
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Enum || type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String or SpecialType.System_DateTime)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var name = MetadataName(named.OriginalDefinition);
        return ImmutableTypes.Contains(name) && named.TypeArguments.All(argument => IsImmutable(argument, depth + 1));
    }

    private string? Decide(ISymbol symbol)
    {
        switch (symbol)
        {
            case ITypeParameterSymbol or IErrorTypeSymbol or IDiscardSymbol or ILabelSymbol or INamespaceSymbol:
                return null;
            case ILocalSymbol local:
                return Refusal(local.Type);
            case IParameterSymbol parameter:
                return Refusal(parameter.Type);
            case IArrayTypeSymbol array:
                return Refusal(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "unsafe code";
            case IDynamicTypeSymbol:
                return "dynamic code";
            case INamedTypeSymbol type:
                return TypeRefusal(type);
            case IMethodSymbol { MethodKind: MethodKind.Destructor }:
                return "a finalizer";
            default:
                return MemberRefusal(symbol);
        }
    }

    private string? TypeRefusal(INamedTypeSymbol type)
    {
        if (type.IsTupleType || type.IsAnonymousType)
        {
            return type.TypeArguments.Select(Refusal).FirstOrDefault(r => r is not null)
                ?? (type.IsTupleType ? null : type.GetMembers().OfType<IPropertySymbol>().Select(p => Refusal(p.Type)).FirstOrDefault(r => r is not null));
        }

        var definition = type.OriginalDefinition;
        var ownRefusal = IsOwn(definition) ? null : EntryOf(definition) is { } entry ? entry.TypeRefusal : Outside(definition);
        return ownRefusal ?? type.TypeArguments.Select(Refusal).FirstOrDefault(r => r is not null)
            ?? (type.ContainingType is { } outer ? Refusal(outer) : null);
    }

    private string? MemberRefusal(ISymbol member)
    {
        var owner = member.ContainingType;
        if (owner is null)
        {
            return null;
        }

        if (member is IMethodSymbol { IsGenericMethod: true } generic
            && generic.TypeArguments.Select(Refusal).FirstOrDefault(r => r is not null) is { } argument)
        {
            return argument;
        }

        if (Refusal(owner) is { } ownerRefusal)
        {
            return ownerRefusal;
        }

        if (IsOwn(owner))
        {
            return ValueType(member) is { } own && !IsOwn(own as INamedTypeSymbol) ? Reflective(own) : null;
        }

        var entry = EntryOf(owner.OriginalDefinition)!;
        var name = member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove } accessor
            ? accessor.AssociatedSymbol?.Name ?? member.Name
            : member.Name;
        return entry.MemberRefusal(name, member) ?? (ValueType(member) is { } value ? Reflective(value) : null);
    }

    /// <summary>The type of the value a member gives: a property's, a field's, a method's return type.</summary>
    private static ITypeSymbol? ValueType(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        IMethodSymbol method => method.ReturnType,
        IEventSymbol e => e.Type,
        _ => null,
    };

    /// <summary>A value of a reflective type is a door to any API, whoever hands it out.</summary>
    private static string? Reflective(ITypeSymbol type)
    {
        var name = type is INamedTypeSymbol named ? MetadataName(named.OriginalDefinition) : "";
        return name is "System.Type" or "System.Delegate" or "System.MulticastDelegate" || name.StartsWith("System.Reflection.", StringComparison.Ordinal)
            ? Describe(name)
            : null;
    }

    private static string Outside(INamedTypeSymbol type)
    {
        var name = MetadataName(type);
        return Describe(name);
    }

    private static string Describe(string name) => name switch
    {
        "System.Type" or "System.Activator" or "System.AppDomain" => "reflection",
        "System.Delegate" or "System.MulticastDelegate" => "reflection over delegates",
        "System.Environment" => "the environment",
        "System.Console" => "the console",
        "System.GC" => "the garbage collector",
        _ when name.StartsWith("System.Reflection.", StringComparison.Ordinal) => "reflection",
        _ when name.StartsWith("System.Linq.Expressions.", StringComparison.Ordinal) => "building or compiling expression trees",
        _ when name.StartsWith("System.IO.", StringComparison.Ordinal) => "file access",
        _ when name.StartsWith("System.Net.", StringComparison.Ordinal) => "network access",
        _ when name.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal) => "a process API",
        _ when name.StartsWith("System.Threading.", StringComparison.Ordinal) => "threading",
        _ when name.StartsWith("System.Runtime.InteropServices.", StringComparison.Ordinal) => "native interop",
        _ when name.StartsWith("System.Runtime.", StringComparison.Ordinal) => "the runtime's internals",
        _ => "outside the rule-pack surface",
    };

    private static SurfaceEntry? EntryOf(INamedTypeSymbol type)
    {
        var name = MetadataName(type);
        if (TryGetType(name, out var entry))
        {
            return entry;
        }

        var assembly = type.ContainingAssembly?.Name;
        if (assembly == AuthoringAssembly && type.DeclaredAccessibility == Accessibility.Public)
        {
            return SurfaceEntry.All;
        }

        return type.ContainingType is { } outer && EntryOf(outer.OriginalDefinition) is { TypeRefusal: null } container && container.NestedTypesAllowed
            ? SurfaceEntry.All
            : null;
    }

    /// <summary>A type's namespace-qualified metadata name, nested types joined with <c>+</c>.</summary>
    public static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? MetadataName(outer) + "+" + type.MetadataName
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}

/// <summary>What a pack may use of one type.</summary>
internal sealed class SurfaceEntry
{
    private readonly Func<string, ISymbol, string?> members;

    private SurfaceEntry(string? typeRefusal, Func<string, ISymbol, string?> members, bool nestedTypesAllowed)
    {
        TypeRefusal = typeRefusal;
        this.members = members;
        NestedTypesAllowed = nestedTypesAllowed;
    }

    /// <summary>Every member.</summary>
    public static SurfaceEntry All { get; } = new(null, (_, _) => null, nestedTypesAllowed: true);

    /// <summary>Why naming the type itself is refused; null when it may be named.</summary>
    public string? TypeRefusal { get; }

    /// <summary>True when the type's nested types (enumerators, key collections) may be used too.</summary>
    public bool NestedTypesAllowed { get; }

    public string? MemberRefusal(string name, ISymbol member) => members(name, member);

    /// <summary>Every member but these.</summary>
    public static SurfaceEntry AllExcept(params (string Member, string Why)[] refused) =>
        new(null, (name, _) => refused.FirstOrDefault(r => r.Member == name).Why, nestedTypesAllowed: true);

    /// <summary>Only these members.</summary>
    public static SurfaceEntry Only(string why, params string[] allowed) => Only(why, allowed, []);

    /// <summary>Only these members; some refused members get a reason of their own.</summary>
    public static SurfaceEntry Only(string why, string[] allowed, params (string Member, string Why)[] specific) =>
        new(null, (name, _) => allowed.Contains(name) ? null : specific.FirstOrDefault(s => s.Member == name).Why ?? why, nestedTypesAllowed: false);

    /// <summary>The type may be named (a parameter, a local), none of its members used.</summary>
    public static SurfaceEntry NameOnly(string why) => new(null, (_, _) => why, nestedTypesAllowed: false);
}
