using System;
using System.Collections.Generic;
using System.Linq;

namespace DealRules.Analyzers.Infrastructure;

/// <summary>
/// The allow-list itself. Types are named by metadata name; a type not named here (and not in the
/// authoring assembly or NRules' DSL namespace) is refused with every member, and so is anything
/// in its generic arguments. Keep it small: every entry is something a rule needs to compute with.
/// </summary>
internal sealed partial class RulePackSurface
{
    /// <summary>The assembly rule packs are written against; all of its public surface is allowed.</summary>
    public const string AuthoringAssembly = "DealRules.Authoring";

    private const string ContextUse = "acting on the session other than inserting, updating or retracting facts of the pack's own types";

    private static readonly Dictionary<string, SurfaceEntry> Types = Build();

    /// <summary>
    /// Types whose values never change once made and carry no code (their type arguments must be
    /// immutable too): sealed classes and structs only, so that no subclass of the pack's can stand in
    /// for them, and no hashed or sorted collection, whose comparer could be the pack's and keep state.
    /// </summary>
    private static readonly HashSet<string> ImmutableTypes = new(StringComparer.Ordinal)
    {
        "System.Nullable`1", "System.DateOnly", "System.TimeOnly", "System.DateTimeOffset", "System.TimeSpan", "System.Guid",
        "System.Index", "System.Range", "System.Half", "System.Int128", "System.UInt128",
        "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.Collections.Generic.KeyValuePair`2",
        "System.Collections.Immutable.ImmutableArray`1", "System.Collections.Immutable.ImmutableList`1",
        // A parameter a rule declares beside its Define(), as a static readonly field: a sealed record of a name, a default, a kind and a text.
        Authoring.CatalogFormat.Namespace + "." + Authoring.CatalogFormat.ParameterDefinition,
    };

    private static Dictionary<string, SurfaceEntry> Build()
    {
        var all = new[]
        {
            // Values, text and arithmetic.
            "System.Char", "System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16",
            "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
            "System.Half", "System.Int128", "System.UInt128", "System.Math", "System.MathF", "System.Nullable", "System.Nullable`1",
            "System.DateOnly", "System.TimeOnly", "System.DateTime", "System.DateTimeOffset", "System.DateTimeKind", "System.TimeSpan",
            "System.DayOfWeek", "System.Guid", "System.Index", "System.Range", "System.Enum", "System.ValueType", "System.Void",
            "System.StringComparer", "System.StringComparison", "System.StringSplitOptions", "System.MidpointRounding", "System.Convert",
            "System.BitConverter", "System.HashCode", "System.FormattableString", "System.IComparable", "System.IComparable`1",
            "System.IEquatable`1", "System.IFormattable", "System.IFormatProvider", "System.ISpanFormattable", "System.IConvertible",
            "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5",
            "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
            "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8", "System.Array",
            "System.ObsoleteAttribute", "System.FlagsAttribute", "System.Text.StringBuilder", "System.Text.Rune",
            // Exceptions a rule may throw; their members are the framework's own.
            "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
            "System.InvalidOperationException", "System.NotSupportedException", "System.NotImplementedException",
            "System.FormatException", "System.OverflowException", "System.DivideByZeroException",
            "System.Collections.Generic.KeyNotFoundException",
            // Collections and queries.
            "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.ICollection", "System.Collections.IList",
            "System.Collections.IComparer", "System.Collections.IEqualityComparer", "System.Collections.IStructuralComparable",
            "System.Collections.IStructuralEquatable", "System.IDisposable",
            "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.Lookup`2",
            "System.Linq.IOrderedEnumerable`1",
            "System.Collections.ObjectModel.ReadOnlyCollection`1", "System.Collections.ObjectModel.ReadOnlyDictionary`2",
            // Formatting with the invariant culture.
            "System.Globalization.NumberStyles", "System.Globalization.DateTimeStyles", "System.Globalization.CompareOptions",
            "System.Globalization.UnicodeCategory",
        };
        var types = all.ToDictionary(name => name, _ => SurfaceEntry.All, StringComparer.Ordinal);
        foreach (var ns in new[] { "System.Collections.Generic", "System.Collections.Immutable", "System.Collections.Frozen" })
        {
            types[ns + ".*"] = SurfaceEntry.All;
        }

        types["System.String"] = SurfaceEntry.AllExcept(("Intern", "the process's string pool, which outlives the evaluation"), ("IsInterned", "the process's string pool, which outlives the evaluation"));
        types["System.Object"] = SurfaceEntry.AllExcept(("GetType", "reflection"), ("MemberwiseClone", "reflection"), ("Finalize", "a finalizer"));
        types["System.Globalization.CultureInfo"] = SurfaceEntry.Only("changing or reading the process's culture", "InvariantCulture");
        types["System.Globalization.NumberFormatInfo"] = SurfaceEntry.Only("changing or reading the process's culture", "InvariantInfo");
        types["System.Linq.Expressions.Expression`1"] = SurfaceEntry.NameOnly("building or compiling expression trees");
        foreach (var arity in Enumerable.Range(0, 17))
        {
            var delegates = arity == 0 ? new[] { "System.Action", "System.Func`1" } : new[] { $"System.Action`{arity}", $"System.Func`{arity + 1}" };
            foreach (var name in delegates)
            {
                types[name] = SurfaceEntry.Only("reflection over delegates", ".ctor", "Invoke");
            }
        }

        foreach (var name in new[] { "System.Predicate`1", "System.Comparison`1", "System.Converter`2" })
        {
            types[name] = SurfaceEntry.Only("reflection over delegates", ".ctor", "Invoke");
        }

        types["NRules.RuleModel.IContext"] = SurfaceEntry.Only(
            ContextUse,
            ["Insert", "InsertAll", "TryInsert", "Update", "TryUpdate", "Retract", "TryRetract"],
            ("Halt", "halting the session, which silences every rule after it"));
        types["NRules.RuleModel.RuleRepeatability"] = SurfaceEntry.All;
        // NRules' fluent DSL, type by type: building conditions and actions, never resolving services.
        foreach (var name in new[]
        {
            "ILeftHandSideExpression", "IRightHandSideExpression", "IFilterExpression", "IQuery", "IQuery`1", "ICollectQuery`1",
            "IOrderedQuery`1", "IQueryBuilder", "QueryExpression`1", "QueryExtensions", "NameAttribute", "DescriptionAttribute",
            "TagAttribute", "PriorityAttribute", "RepeatabilityAttribute",
        })
        {
            types["NRules.Fluent.Dsl." + name] = SurfaceEntry.All;
        }

        types["NRules.Fluent.Dsl.Rule"] = SurfaceEntry.AllExcept(
            ("Dependency", "resolving services, which a rule pack has none of"), ("Dependencies", "resolving services, which a rule pack has none of"));
        types["NRules.Fluent.Dsl.ContextExtensions"] = SurfaceEntry.Only(ContextUse, ["Update"], ("Resolve", "resolving services, which a rule pack has none of"));
        // What the compiler itself calls for interpolated strings, records, tuples and nullable annotations.
        foreach (var name in new[]
        {
            "DefaultInterpolatedStringHandler", "FormattableStringFactory", "IsExternalInit", "CompilerGeneratedAttribute",
            "NullableAttribute", "NullableContextAttribute", "RequiredMemberAttribute", "SetsRequiredMembersAttribute",
            "TupleElementNamesAttribute", "ExtensionAttribute", "IteratorStateMachineAttribute", "ITuple", "IsReadOnlyAttribute",
            "ScopedRefAttribute", "RefSafetyRulesAttribute", "CollectionBuilderAttribute", "InterpolatedStringHandlerArgumentAttribute",
        })
        {
            types["System.Runtime.CompilerServices." + name] = SurfaceEntry.All;
        }

        return types;
    }

    /// <summary>The entry of a type named exactly, or of the namespace it belongs to as a whole.</summary>
    private static bool TryGetType(string metadataName, out SurfaceEntry entry)
    {
        if (Types.TryGetValue(metadataName, out entry!))
        {
            return true;
        }

        var dot = metadataName.LastIndexOf('.');
        return dot > 0 && metadataName.IndexOf('+') < 0 && Types.TryGetValue(metadataName.Substring(0, dot) + ".*", out entry!);
    }
}
