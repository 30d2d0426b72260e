namespace DealRules.Strategic;

/// <summary>
/// Names the strategic rule catalog, version 1: <c>RulePack.FromAssemblyOf&lt;StrategicRules&gt;()</c> gives its
/// 18 rules and 9 parameters. Its default profile ships beside it as <c>default-profile.json</c>. The
/// catalog references the authoring surface only, like any rule pack.
/// </summary>
public sealed class StrategicRules
{
    private StrategicRules()
    {
    }
}
