using DealRules.Engine;

namespace DealRules.Strategic;

/// <summary>The strategic rule catalog, version 1, as a rule pack.</summary>
public static class StrategicRules
{
    private static readonly Lazy<RulePack> LazyPack = new(() => RulePack.FromAssembly(typeof(StrategicRules).Assembly));

    /// <summary>The pack: its 18 rules and 9 parameters.</summary>
    public static RulePack Pack => LazyPack.Value;

    /// <summary>The default profile as shipped (every parameter at its default), as JSON text.</summary>
    public static string DefaultProfileJson()
    {
        using var stream = typeof(StrategicRules).Assembly.GetManifestResourceStream("DealRules.Strategic.default-profile.json")!;
        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }
}
