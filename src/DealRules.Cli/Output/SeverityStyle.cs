using DealRules.Authoring;
using Spectre.Console;

namespace DealRules.Cli.Output;

/// <summary>How each severity looks in a terminal.</summary>
internal static class SeverityStyle
{
    public static Markup Markup(Severity severity) => new(Spectre.Console.Markup.Escape(Wording.Name(severity)), Style(severity));

    private static Style Style(Severity severity) => severity switch
    {
        Severity.Critical => new Style(Color.White, Color.Red, Decoration.Bold),
        Severity.High => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Medium => new Style(Color.Yellow),
        Severity.Low => new Style(Color.Blue),
        _ => new Style(Color.Grey),
    };
}
