using DealRules.Engine;

namespace DealRules.Strategic;

/// <summary>The strategic rule catalog, version 1, as a rule pack.</summary>
public static class StrategicRules
{
    private static readonly Lazy<RulePack> LazyPack = new(RulePack.FromAssemblyOf<RuleSet>);

    /// <summary>The pack: its 18 rules and 9 parameters. Its default profile ships beside it as <c>default-profile.json</c>.</summary>
    public static RulePack Pack => LazyPack.Value;

    /// <summary>Marks this assembly for <see cref="RulePack.FromAssemblyOf{T}"/>.</summary>
    private sealed class RuleSet;
}
