using Spectre.Console;

namespace DealRules.Cli;

/// <summary>Where the command writes, and what kind of terminal (if any) is behind it.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="IsTerminal">True when both streams go to an interactive terminal.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>Standard output as bytes, for reports written without first building them as text; null in tests.</summary>
    public Stream? StandardOutput { get; init; }

    /// <summary>The width tables are laid out for when no terminal says how wide it is.</summary>
    private const int RedirectedWidth = 100;

    public static CliConsole System() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected) { StandardOutput = Console.OpenStandardOutput() };

    /// <summary>A Spectre console on standard output: colours and width only on a terminal.</summary>
    public IAnsiConsole Rich()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>A Spectre console on standard error, for progress.</summary>
    public IAnsiConsole Progress() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
    });
}
