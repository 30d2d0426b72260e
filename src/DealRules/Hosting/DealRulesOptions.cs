namespace DealRules.Hosting;

/// <summary>
/// The profile a host evaluates with, bindable from configuration
/// (<c>services.Configure&lt;DealRulesOptions&gt;(configuration.GetSection("DealRules"))</c>):
/// <code>
/// "DealRules": { "ProfileName": "strict", "Parameters": { "circular.spendBackHigh": 1.5 } }
/// </code>
/// </summary>
public sealed class DealRulesOptions
{
    /// <summary>The name reports give the profile.</summary>
    public string ProfileName { get; set; } = "default";

    /// <summary>Parameter values by name; a parameter left out keeps the pack's default.</summary>
    public Dictionary<string, decimal> Parameters { get; } = new(StringComparer.Ordinal);
}
