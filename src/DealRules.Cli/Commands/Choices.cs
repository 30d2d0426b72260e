using System.CommandLine;
using DealRules.Authoring;

namespace DealRules.Cli.Commands;

/// <summary>Options whose value is one of a few names, shown and accepted in lower case exactly as typed (<c>json|markdown|table</c>), never as a number or a type name.</summary>
internal static class Choices
{
    public static readonly string[] Severities = ["critical", "high", "medium", "low", "info"];

    public static Option<string?> Of(string name, string description, string[] values, params string[] aliases)
    {
        var option = new Option<string?>(name, aliases) { Description = description, HelpName = string.Join('|', values) };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static Severity? Severity(string? name) => name switch
    {
        null => null,
        "critical" => Authoring.Severity.Critical,
        "high" => Authoring.Severity.High,
        "medium" => Authoring.Severity.Medium,
        "low" => Authoring.Severity.Low,
        _ => Authoring.Severity.Info,
    };

    /// <summary>An option naming a file: an empty value (an unset variable in a script) is a usage error, not a crash.</summary>
    public static Option<string?> File(string name, string description, string helpName = "FILE", params string[] aliases)
    {
        var option = new Option<string?>(name, aliases) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"{name} was given an empty value; expected a {helpName.ToLowerInvariant()} name (is a variable unset?)");
            }
        });
        return option;
    }
}
