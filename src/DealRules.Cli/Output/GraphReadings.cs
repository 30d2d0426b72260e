using DealRules.Engine;
using DealRules.Graphs;
using DealRules.Profiles;
using DealRules.Strategic;

namespace DealRules.Cli.Output;

/// <summary>
/// The readings of the money-flow graph taken from the parameters in force, so that the graph
/// values capacity and finds loops as the catalog's rules do. A pack that declares neither
/// parameter gets capacity valued at nothing and every loop.
/// </summary>
internal static class GraphReadings
{
    public static MoneyGraphOptions For(RulePack pack, Profile? profile)
    {
        var values = pack.ParametersFor(profile).Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return new MoneyGraphOptions(
            values.GetValueOrDefault(Capacity.DollarsPerGw.Name),
            values.GetValueOrDefault(Strategic.Circular.MoneyLoopRule.MinimumAmount.Name));
    }
}
