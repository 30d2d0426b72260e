namespace DealRules.Strategic;

/// <summary>
/// Names the strategic rule catalog, version 2: <c>RulePack.FromAssemblyOf&lt;StrategicRules&gt;()</c> gives its
/// 22 rules and 13 parameters (each declared beside the rule that reads it; <see cref="Capacity"/> holds the one they share). Catalog 1's 18 rules run on every document; the 4 rules catalog 2 adds
/// (<c>[RequiresFormat(2)]</c>) run on groups of documents of which one is of format 2. Its default
/// profile ships beside it as <c>default-profile.json</c>. The catalog references the authoring
/// surface only, like any rule pack.
/// </summary>
public sealed class StrategicRules
{
    private StrategicRules()
    {
    }
}
