using Spectre.Console;

namespace DealRules.Cli.Output;

/// <summary>Progress on standard error, counted in documents: checked, then evaluated. Never on standard output.</summary>
internal sealed class ProgressDisplay
{
    private readonly ProgressTask? checking;
    private readonly ProgressTask? evaluating;

    private ProgressDisplay(ProgressTask? checking, ProgressTask? evaluating)
    {
        this.checking = checking;
        this.evaluating = evaluating;
    }

    /// <summary>True when progress is on screen (so finer steps are worth their cost).</summary>
    public bool Shown => checking is not null;

    public void Checked(int documents)
    {
        if (checking is not null)
        {
            checking.Value = documents;
        }
    }

    public void Evaluated(int documents)
    {
        if (evaluating is not null)
        {
            evaluating.Value = documents;
        }
    }

    /// <summary>The escape sequence that shows a terminal's cursor again.</summary>
    public const string ShowCursor = "\u001b[?25h";

    public static void Run(CliConsole console, bool show, int documents, Action<ProgressDisplay> work)
    {
        if (!show)
        {
            work(new ProgressDisplay(null, null));
            return;
        }

        try
        {
            console.Progress().Progress().AutoClear(true).HideCompleted(false).Start(context =>
            {
                var checking = context.AddTask("Checking documents", maxValue: documents);
                var evaluating = context.AddTask("Evaluating documents", maxValue: documents);
                work(new ProgressDisplay(checking, evaluating));
            });
        }
        catch (OperationCanceledException)
        {
            // Interrupted while the display had the cursor hidden: give it back before leaving.
            console.Error.Write(ShowCursor);
            console.Error.Flush();
            throw;
        }
    }
}
