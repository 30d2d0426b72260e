using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace DealRules.Cli;

/// <summary>
/// Ctrl-C and SIGTERM: the run is asked to stop (it checks between documents, batches and findings,
/// then removes what it made), and if it has not stopped within two seconds (blocked reading a pipe,
/// say) the temporary files it made are removed here and the process ends. Either way the exit code
/// is 128 + the signal (130, 143), the terminal's cursor is shown again, and nothing is left behind.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource source = new();
    private readonly ConcurrentDictionary<string, bool> temporary = new(StringComparer.Ordinal);
    private readonly ManualResetEventSlim finished = new();
    private readonly List<PosixSignalRegistration> registrations = [];

    public Interruption()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, Handle));
        }
    }

    public CancellationToken Token => source.Token;

    /// <summary>The exit code of the signal that interrupted the run, or null.</summary>
    public int? ExitCode { get; private set; }

    public void Track(string path, bool exists)
    {
        if (exists)
        {
            temporary[path] = true;
        }
        else
        {
            temporary.TryRemove(path, out _);
        }
    }

    /// <summary>The run has ended by itself (its own clean-up done).</summary>
    public void Finish() => finished.Set();

    /// <summary>Stops handling signals. The token source and the event stay undisposed: a handler may still be waiting on them as the process ends.</summary>
    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        ExitCode ??= context.Signal == PosixSignal.SIGINT ? 130 : 143;
        source.Cancel();
        if (!finished.Wait(Grace))
        {
            foreach (var path in temporary.Keys)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done for it on the way out.
                }
            }

            ShowCursor();
            Environment.Exit(ExitCode.Value);
        }
    }

    /// <summary>Shows the cursor a progress display may have hidden (only where standard error is a terminal).</summary>
    public static void ShowCursor()
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\u001b[?25h");
            Console.Error.Flush();
        }
    }
}
