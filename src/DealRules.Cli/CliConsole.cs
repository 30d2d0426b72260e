using Microsoft.Win32.SafeHandles;
using Spectre.Console;

namespace DealRules.Cli;

/// <summary>Where the command reads and writes, and which of its streams are terminals.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="IsTerminal">True when standard output goes to an interactive terminal (colours, width).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>Standard output as bytes, for reports written without first building them as text; null in tests.</summary>
    public Stream? StandardOutput { get; init; }

    /// <summary>Standard input; null when there is none to read (a terminal, or a test that gives none).</summary>
    public Stream? StandardInput { get; init; }

    /// <summary>True when standard error is a terminal: progress is shown there, whatever the format or output.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Set when the run is interrupted (Ctrl-C, SIGTERM): work stops and everything temporary is removed.</summary>
    public CancellationToken Interrupted { get; init; }

    /// <summary>Called with each temporary file the run creates, and again (with false) when it is gone, so an interruption can remove it.</summary>
    public Action<string, bool> TrackTemporary { get; init; } = (_, _) => { };

    /// <summary>The width tables are laid out for when no terminal says how wide it is.</summary>
    public const int RedirectedWidth = 100;

    public static CliConsole System(Action<string, bool> trackTemporary, CancellationToken interrupted)
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var output = outputIsTerminal ? Console.OpenStandardOutput() : new StandardOutputStream();
        var writer = outputIsTerminal ? Console.Out : new StreamWriter(output, new global::System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        return new CliConsole(writer, Console.Error, outputIsTerminal)
        {
            StandardOutput = output,
            StandardInput = Console.IsInputRedirected ? Console.OpenStandardInput() : null,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            Interrupted = interrupted,
            TrackTemporary = trackTemporary,
        };
    }

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

/// <summary>Standard output that was closed by its reader (<c>| head</c>): the run stops instead of writing on for no one.</summary>
internal sealed class OutputClosedException(Exception inner) : IOException("standard output was closed", inner);

/// <summary>
/// Standard output as a plain file stream on descriptor 1. .NET's console stream ignores a broken
/// pipe, so a run piped into <c>head</c> would go on to the end; this one says so.
/// </summary>
internal sealed class StandardOutputStream() : Stream
{
    private readonly FileStream inner = new(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
