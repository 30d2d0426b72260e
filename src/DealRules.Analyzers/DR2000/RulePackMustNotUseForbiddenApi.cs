using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DealRules.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DealRules.Analyzers.DR2000;

/// <summary>
/// DR2005: a rule pack touches files, network, processes, environment, reflection emit, threads, the
/// console or static mutable state. Symbols are checked, not spellings, so aliases, fully qualified
/// and <c>global::</c> names and <c>using static</c> are all caught. The check covers rule classes,
/// and the whole compilation when the project sets <c>DealRulesRulePack</c> to true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RulePackMustNotUseForbiddenApi : DealRulesAnalyzer
{
    /// <summary>The MSBuild property that makes a whole project a rule pack.</summary>
    public const string RulePackProperty = "build_property.DealRulesRulePack";

    private static readonly (string Prefix, string What)[] ForbiddenNamespaces =
    {
        ("System.Net", "network access"),
        ("System.Reflection", "reflection"),
        ("System.Runtime.Loader", "dynamic code loading"),
        ("System.Runtime.InteropServices", "native interop"),
        ("System.IO.Pipes", "inter-process communication"),
        ("System.IO.MemoryMappedFiles", "file access"),
        ("System.Timers", "a timer"),
    };

    private static readonly Dictionary<string, string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        ["System.IO.File"] = "file access",
        ["System.IO.FileInfo"] = "file access",
        ["System.IO.FileSystemInfo"] = "file access",
        ["System.IO.Directory"] = "file access",
        ["System.IO.DirectoryInfo"] = "file access",
        ["System.IO.FileStream"] = "file access",
        ["System.IO.DriveInfo"] = "file access",
        ["System.IO.FileSystemWatcher"] = "file access",
        ["System.Diagnostics.Process"] = "a process API",
        ["System.Diagnostics.ProcessStartInfo"] = "a process API",
        ["System.Environment"] = "the environment",
        ["System.Threading.Thread"] = "threading",
        ["System.Threading.ThreadPool"] = "threading",
        ["System.Threading.Timer"] = "a timer",
        ["System.Threading.Tasks.Parallel"] = "threading",
        ["System.Threading.Tasks.TaskFactory"] = "threading",
        ["System.Console"] = "the console",
        ["System.Activator"] = "reflection",
        ["System.AppDomain"] = "reflection",
        ["System.Runtime.CompilerServices.Unsafe"] = "unsafe code",
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = "reflection",
    };

    private static readonly Dictionary<string, string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        ["System.Threading.Tasks.Task.Run"] = "threading",
        ["System.Threading.Tasks.Task.Factory"] = "threading",
        ["System.Type.GetType"] = "reflection",
        ["System.Type.InvokeMember"] = "reflection",
        ["System.Type.GetMethod"] = "reflection",
        ["System.Type.GetMethods"] = "reflection",
        ["System.Type.GetField"] = "reflection",
        ["System.Type.GetFields"] = "reflection",
        ["System.Type.GetProperty"] = "reflection",
        ["System.Type.GetProperties"] = "reflection",
        ["System.Type.GetMember"] = "reflection",
        ["System.Type.GetMembers"] = "reflection",
        ["System.Type.GetConstructor"] = "reflection",
        ["System.Type.GetConstructors"] = "reflection",
        ["System.Type.Assembly"] = "reflection",
        ["System.Type.TypeHandle"] = "reflection",
    };

    /// <summary>In a project that is a rule pack as a whole, the only namespaces its code may use …</summary>
    private static readonly string[] AllowedNamespaces =
    [
        "DealRules", "NRules", "System.Collections.Generic", "System.Collections.Immutable", "System.Collections.Frozen",
        "System.Linq", "System.Linq.Expressions", "System.Globalization", "System.Text",
    ];

    /// <summary>… and the only types of the <c>System</c> namespace itself: values, strings, math, dates, delegates, tuples.</summary>
    private static readonly HashSet<string> AllowedSystemTypes = new(StringComparer.Ordinal)
    {
        "Object", "String", "Char", "Boolean", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal",
        "Math", "MathF", "Nullable", "Nullable`1", "DateOnly", "TimeOnly", "DateTime", "DateTimeOffset", "TimeSpan", "DayOfWeek", "Guid",
        "Func`1", "Func`2", "Func`3", "Func`4", "Func`5", "Action", "Action`1", "Action`2", "Action`3", "Predicate`1", "Comparison`1",
        "Lazy`1", "Array", "Enum", "Index", "Range", "Tuple", "ValueTuple", "StringComparer", "StringComparison", "StringSplitOptions",
        "MidpointRounding", "IComparable`1", "IEquatable`1", "IComparable", "IFormattable", "FormattableString", "Attribute", "AttributeUsageAttribute",
        "AttributeTargets", "Exception", "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "InvalidOperationException",
        "NotSupportedException", "KeyNotFoundException", "Convert", "BitConverter", "HashCode", "ObsoleteAttribute",
    };

    public RulePackMustNotUseForbiddenApi() : base(Descriptors.DR2005_RulePackMustNotUseForbiddenApi)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, NRulesSymbols nrules, DealRulesSymbols dealRules)
    {
        var wholeCompilation = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(RulePackProperty, out var flag)
            && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        bool InScope(ISymbol? symbol) => wholeCompilation || InRuleClass(symbol, nrules);
        var verdicts = new ConcurrentDictionary<ITypeSymbol, (string Name, string? Whole)>(SymbolEqualityComparer.Default);

        // Rules use the same few members again and again: decide each member once per compilation.
        var uses = new ConcurrentDictionary<ISymbol, string?>(SymbolEqualityComparer.Default);
        string? Verdict(ISymbol used) => uses.GetOrAdd(used, u => ForbiddenUse(u, verdicts) ?? (wholeCompilation ? OutsideAllowList(u) : null));

        start.RegisterOperationAction(
            context =>
            {
                if (!InScope(context.ContainingSymbol) || Used(context.Operation) is not { } used || Verdict(used) is not { } what
                    || IsOnFreshInstance(context.Operation))
                {
                    return;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DR2005_RulePackMustNotUseForbiddenApi, context.Operation.Syntax.GetLocation(), Name(used), what));
            },
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.FieldReference,
            OperationKind.MethodReference, OperationKind.EventReference, OperationKind.TypeOf);

        start.RegisterSymbolAction(
            context =>
            {
                var member = context.Symbol;
                var mutable = member switch
                {
                    IFieldSymbol field => field.IsStatic && !field.IsReadOnly && !field.IsConst && !field.IsImplicitlyDeclared,
                    IPropertySymbol property => property.IsStatic && property.SetMethod is { } setter && !setter.IsInitOnly && IsAutoProperty(property),
                    _ => false,
                };
                if (mutable && InScope(member) && member.Locations.FirstOrDefault() is { IsInSource: true } location)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DR2005_RulePackMustNotUseForbiddenApi, location, member.Name, "static mutable state"));
                }
            },
            SymbolKind.Field, SymbolKind.Property);

        start.RegisterSymbolAction(
            context =>
            {
                // Attributes are operations too (new DllImportAttribute(…)), so only extern methods need a look of their own.
                var symbol = context.Symbol;
                if (!InScope(symbol) || symbol.Locations.FirstOrDefault() is not { IsInSource: true } location)
                {
                    return;
                }

                if (symbol is IMethodSymbol { IsExtern: true })
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DR2005_RulePackMustNotUseForbiddenApi, location, symbol.Name, "native interop (an extern method)"));
                }
            },
            SymbolKind.Method);
    }

    /// <summary>In a whole-compilation pack, anything outside the allow-list, described for the message; null when allowed.</summary>
    private static string? OutsideAllowList(ISymbol symbol)
    {
        var type = (symbol as ITypeSymbol ?? symbol.ContainingType)?.OriginalDefinition;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        if (type is null or ITypeParameterSymbol or IArrayTypeSymbol or IDynamicTypeSymbol || type.SpecialType != SpecialType.None)
        {
            return null;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        var allowed = ns.Length == 0
            || (ns == "System" ? AllowedSystemTypes.Contains(type.MetadataName) : AllowedNamespaces.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal)))
            || type.ContainingAssembly is { } assembly && SymbolEqualityComparer.Default.Equals(assembly, symbol.ContainingAssembly) && IsSource(type);
        return allowed ? null : $"outside the rule-pack allow-list ({ns})";
    }

    private static bool IsSource(ITypeSymbol type) => type.Locations.Any(l => l.IsInSource);

    /// <summary>A member called on an object the same expression creates: the creation is already reported.</summary>
    private static bool IsOnFreshInstance(IOperation operation)
    {
        var instance = operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IMemberReferenceOperation reference => reference.Instance,
            _ => null,
        };
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        return instance is IObjectCreationOperation;
    }

    private static ISymbol? Used(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation creation => creation.Constructor,
        IMemberReferenceOperation reference => reference.Member,
        ITypeOfOperation typeOf => typeOf.TypeOperand,
        _ => null,
    };

    /// <summary>What a use of the symbol is, when it or any type argument in it is forbidden.</summary>
    private static string? ForbiddenUse(ISymbol symbol, ConcurrentDictionary<ITypeSymbol, (string Name, string? Whole)> verdicts, int depth = 0)
    {
        if (symbol is ITypeParameterSymbol || depth > 8)
        {
            return null;
        }

        if (Forbidden(symbol, verdicts) is { } what)
        {
            return what;
        }

        IEnumerable<ITypeSymbol> typeArguments = symbol switch
        {
            IMethodSymbol method => method.TypeArguments.Concat(method.ContainingType?.TypeArguments ?? []),
            INamedTypeSymbol type => type.TypeArguments,
            IArrayTypeSymbol array => [array.ElementType],
            ITypeSymbol => [],
            _ => symbol.ContainingType?.TypeArguments ?? [],
        };
        foreach (var argument in typeArguments)
        {
            if (ForbiddenUse(argument, verdicts, depth + 1) is { } inArgument)
            {
                return inArgument;
            }
        }

        return null;
    }

    /// <summary>What a use of the symbol is, when it is forbidden. Verdicts on types are cached per compilation: most uses are of a few types.</summary>
    private static string? Forbidden(ISymbol symbol, ConcurrentDictionary<ITypeSymbol, (string Name, string? Whole)> verdicts)
    {
        var type = (symbol as ITypeSymbol ?? symbol.ContainingType)?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        var verdict = verdicts.GetOrAdd(type, Verdict);
        return verdict.Whole ?? (ForbiddenMembers.TryGetValue(verdict.Name + "." + symbol.Name, out var member) ? member : null);
    }

    /// <summary>The type's name, and what any use of it is when the type (or its namespace) is forbidden as a whole.</summary>
    private static (string Name, string? Whole) Verdict(ITypeSymbol type)
    {
        var name = type.ToDisplayString();
        if (ForbiddenTypes.TryGetValue(name, out var what))
        {
            return (name, what);
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return (name, ForbiddenNamespaces.FirstOrDefault(f => ns == f.Prefix || ns.StartsWith(f.Prefix + ".", StringComparison.Ordinal)).What);
    }

    private static string Name(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "new " + constructor.ContainingType.Name,
        _ => symbol.ContainingType is { } owner ? $"{owner.Name}.{symbol.Name}" : symbol.Name,
    };

    private static bool InRuleClass(ISymbol? symbol, NRulesSymbols nrules)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (nrules.IsRuleClass(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
}
