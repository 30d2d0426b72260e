using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using DealRules.Authoring;
using DealRules.Profiles;
using NRules.Fluent.Dsl;

namespace DealRules.Engine;

/// <summary>
/// A set of rules loaded from an assembly: every concrete NRules rule class in it, with its catalog
/// metadata, and the parameters it declares: every <c>static readonly</c> <see cref="ParameterDefinition"/>
/// field of its types (a rule's own, beside its <c>Define()</c>), and any <see cref="RuleParameterAttribute"/>
/// on the assembly.
/// </summary>
public sealed class RulePack : IParameterCatalog
{
    // Keyed weakly, so that a collectible pack assembly can still unload.
    private static readonly ConditionalWeakTable<Assembly, RulePack> Loaded = [];

    private RulePack(string name, IReadOnlyList<RuleInfo> rules, IReadOnlyList<ParameterDefinition> parameters, IReadOnlyList<Type>? ruleTypes)
    {
        Name = name;
        Rules = rules;
        Parameters = parameters;
        RuleTypes = ruleTypes;
    }

    /// <summary>The pack's name: its assembly's name.</summary>
    public string Name { get; }

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The declared parameters, ordered by name.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; }

    /// <summary>
    /// True when the pack's rule classes are loaded in this process, so that a <see cref="DealEvaluator"/>
    /// can run them; false for a pack known by its catalog only (one that runs in a worker process).
    /// </summary>
    public bool IsLoaded => RuleTypes is not null;

    /// <summary>The rule classes, in the order of <see cref="Rules"/>; null when the pack is not loaded here.</summary>
    internal IReadOnlyList<Type>? RuleTypes { get; }

    /// <summary>Loads the rules and parameters of an assembly, checking their metadata; each assembly is read once.</summary>
    /// <param name="assembly">The assembly holding the rule classes.</param>
    /// <exception cref="RulePackException">A rule lacks metadata, an id is malformed or used twice, or a parameter is declared twice or with a default outside its range.</exception>
    public static RulePack FromAssembly(Assembly assembly) => Loaded.GetValue(assembly, Read);

    /// <summary>Loads the rules and parameters of the assembly that declares <typeparamref name="T"/>: <c>RulePack.FromAssemblyOf&lt;StrategicRules&gt;()</c> is the shipped catalog.</summary>
    /// <typeparam name="T">Any type of the pack's assembly.</typeparam>
    /// <exception cref="RulePackException">As <see cref="FromAssembly"/>.</exception>
    public static RulePack FromAssemblyOf<T>() => FromAssembly(typeof(T).Assembly);

    private static RulePack Read(Assembly assembly)
    {
        var types = assembly.GetTypes();
        return Create(
            assembly.GetName().Name ?? "rules",
            types.Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t)),
            assembly.GetCustomAttributes<RuleParameterAttribute>().Select(a => new ParameterDefinition(a.Name, (decimal)a.DefaultValue, a.Kind, a.Description) { AtMost = a.AtMost })
                .Concat(ParametersDeclaredOn(types)));
    }

    /// <summary>The parameters declared as <c>static readonly</c> fields of the pack's types, each declaration once however many fields name it.</summary>
    internal static ParameterDefinition[] ParametersDeclaredOn(IEnumerable<Type> types) => types
        .Where(t => !t.ContainsGenericParameters)
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(f => f.IsInitOnly && f.FieldType == typeof(ParameterDefinition))
        .Select(Value)
        .Distinct<ParameterDefinition>(ReferenceEqualityComparer.Instance)
        .ToArray();

    private static ParameterDefinition Value(FieldInfo field)
    {
        try
        {
            return (ParameterDefinition?)field.GetValue(null) ?? throw new RulePackException($"Parameter field {field.DeclaringType?.FullName}.{field.Name} is null.");
        }
        catch (TypeInitializationException e)
        {
            throw new RulePackException($"Parameter field {field.DeclaringType?.FullName}.{field.Name} cannot be read: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    /// <summary>Builds a pack from rule classes and parameter declarations, checking their metadata.</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="ruleTypes">Concrete NRules rule classes carrying the catalog attributes.</param>
    /// <param name="parameters">The parameters the rules read.</param>
    /// <exception cref="RulePackException">A rule lacks metadata, an id is malformed or used twice, or a parameter is declared twice or with a default outside its range.</exception>
    public static RulePack Create(string name, IEnumerable<Type> ruleTypes, IEnumerable<ParameterDefinition> parameters)
    {
        var types = ruleTypes.Select(t => new RuleClass(RuleInfo.Of(t), t)).OrderBy(r => r.Info.Id, StringComparer.Ordinal).ToArray();
        var declared = parameters.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        CheckRules(types.Select(t => new NamedRule(t.Info, t.Type.FullName ?? t.Type.Name)).ToArray());
        CheckParameters(declared);
        return new RulePack(name, types.Select(t => t.Info).ToArray(), declared, types.Select(t => t.Type).ToArray());
    }

    /// <summary>
    /// A pack known by its catalog only: it can be listed and profiles can be checked against it, but
    /// its rules run elsewhere (in a worker process), never in a <see cref="DealEvaluator"/> here.
    /// </summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="rules">Its rules' catalog entries.</param>
    /// <param name="parameters">The parameters it declares.</param>
    /// <exception cref="RulePackException">As <see cref="Create"/>.</exception>
    public static RulePack Describe(string name, IEnumerable<RuleInfo> rules, IEnumerable<ParameterDefinition> parameters)
    {
        var described = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var declared = parameters.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        CheckRules(described.Select(r => new NamedRule(r, r.Id)).ToArray());
        CheckParameters(declared);
        return new RulePack(name, described, declared, null);
    }

    /// <summary>The catalog entry of a rule class, read from its attributes (for tools and tests that name a rule by its class).</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <exception cref="RulePackException">The class lacks catalog metadata.</exception>
    public static RuleInfo RuleOf(Type ruleType) => RuleInfo.Of(ruleType);

    /// <summary>
    /// A pack of some of this pack's rules and all of its parameters, under the same name: to evaluate
    /// one rule, or a few, alone (as a test of a rule does).
    /// </summary>
    /// <param name="ruleIds">The ids of the rules to keep.</param>
    /// <exception cref="RulePackException">An id is not a rule of this pack.</exception>
    public RulePack Only(IEnumerable<string> ruleIds)
    {
        var wanted = ruleIds.ToHashSet(StringComparer.Ordinal);
        if (wanted.FirstOrDefault(id => Rules.All(r => r.Id != id)) is { } unknown)
        {
            throw new RulePackException($"{Name} has no rule '{unknown}'; its rules are {string.Join(", ", Rules.Select(r => r.Id))}.");
        }

        var kept = Rules.Select((rule, index) => (rule, index)).Where(r => wanted.Contains(r.rule.Id)).ToArray();
        return new RulePack(Name, kept.Select(r => r.rule).ToArray(), Parameters, RuleTypes is { } types ? kept.Select(r => types[r.index]).ToArray() : null);
    }

    /// <summary>
    /// The catalog of several packs evaluated side by side (each in its own session or process): every
    /// rule of each, and their parameters. A parameter two packs declare alike is listed once.
    /// </summary>
    /// <param name="packs">The packs, the shipped catalog first by convention.</param>
    /// <exception cref="RulePackException">
    /// Two packs have a rule of the same id (the message names both packs and both rules), or declare
    /// one parameter differently.
    /// </exception>
    public static RulePack Combine(IReadOnlyList<RulePack> packs)
    {
        foreach (var clash in packs.SelectMany(p => p.Rules.Select(r => (Pack: p, Rule: r))).GroupBy(r => r.Rule.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new RulePackException($"Rule id '{clash.Key}' is used by {string.Join(" and by ", clash.Select(c => $"{c.Pack.Name} ({c.Rule.ClassName})"))}; rename the rule of your pack.");
        }

        var parameters = new List<ParameterDefinition>();
        foreach (var group in packs.SelectMany(p => p.Parameters.Select(d => (Pack: p, Parameter: d))).GroupBy(p => p.Parameter.Name, StringComparer.Ordinal))
        {
            var first = group.First();
            if (group.Skip(1).FirstOrDefault(p => p.Parameter.DefaultValue != first.Parameter.DefaultValue || p.Parameter.Kind != first.Parameter.Kind) is { Pack: not null } other)
            {
                throw new RulePackException($"Parameter '{group.Key}' is declared by {first.Pack.Name} ({first.Parameter.DefaultText}, {first.Parameter.Kind}) and by {other.Pack.Name} ({other.Parameter.DefaultText}, {other.Parameter.Kind}); declare it alike or give yours another name.");
            }

            parameters.Add(first.Parameter);
        }

        return Describe(string.Join(" + ", packs.Select(p => p.Name)), packs.SelectMany(p => p.Rules), parameters);
    }

    /// <summary>How many of the pack's rules run on documents of <paramref name="format"/>: under format 1, those that require no later format.</summary>
    /// <param name="format">The highest document format evaluated.</param>
    public int RulesInForce(int format) => Rules.Count(r => r.RequiresFormat <= format);

    /// <summary>The values in force under <paramref name="profile"/>: its values over the declared defaults.</summary>
    /// <param name="profile">A profile already checked against this pack; null for the defaults.</param>
    public RuleParameters ParametersFor(Profile? profile)
    {
        profile ??= Profile.Default;
        var names = new string[Parameters.Count];
        var values = new decimal[Parameters.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Parameters[i].Name;
            values[i] = profile.Values.TryGetValue(names[i], out var value) ? value : Parameters[i].DefaultValue;
        }

        return new RuleParameters(profile.Name, names, values);
    }

    /// <summary>Checks ids: well formed, in their category, used once. Each rule comes with the name messages give it.</summary>
    private static void CheckRules(NamedRule[] rules)
    {
        foreach (var (rule, name) in rules)
        {
            if (!CatalogFormat.IsWellFormedId(rule.Id) || !rule.Id.StartsWith(rule.Category.IdPrefix(), StringComparison.Ordinal))
            {
                throw new RulePackException(string.Create(CultureInfo.InvariantCulture,
                    $"Rule {name} has id '{rule.Id}'; expected {rule.Category.IdPrefix()} and three digits."));
            }
        }

        foreach (var duplicate in rules.GroupBy(r => r.Rule.Id).Where(g => g.Count() > 1))
        {
            throw new RulePackException($"Rule id '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(r => r.Name))}.");
        }
    }

    private static void CheckParameters(ParameterDefinition[] parameters)
    {
        foreach (var duplicate in parameters.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            throw new RulePackException($"Parameter '{duplicate.Key}' is declared {duplicate.Count()} times.");
        }

        foreach (var parameter in parameters.Where(p => !p.Accepts(p.DefaultValue)))
        {
            throw new RulePackException($"Parameter '{parameter.Name}' has default {parameter.DefaultText}; expected {parameter.Range}.");
        }

        foreach (var parameter in parameters.Where(p => p.AtMost is not null))
        {
            if (parameters.FirstOrDefault(p => p.Name == parameter.AtMost) is not { } bound)
            {
                throw new RulePackException($"Parameter '{parameter.Name}' is to be at most '{parameter.AtMost}', which is not declared.");
            }

            if (parameter.DefaultValue > bound.DefaultValue)
            {
                throw new RulePackException($"Parameter '{parameter.Name}' has default {parameter.DefaultText}, above the default {bound.DefaultText} of '{bound.Name}' it may not exceed.");
            }
        }
    }

    // Classes, not value tuples: LINQ over a tuple (a value type) is generic code the ReadyToRun image
    // cannot hold, compiled on first use at every start; over classes it shares the precompiled code.
    private sealed record RuleClass(RuleInfo Info, Type Type);

    /// <summary>A rule with the name messages give it.</summary>
    private sealed record NamedRule(RuleInfo Rule, string Name);
}
