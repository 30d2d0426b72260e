using System.Collections.Concurrent;
using System.Diagnostics;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// Starts worker processes from one thread that lives as long as the host. A worker asks the kernel to
/// kill it when the thread that started it ends (<c>PR_SET_PDEATHSIG</c>, see
/// <see cref="Confinement.BindToHost"/>), so that a host killed outright (SIGKILL, a crash) takes its
/// workers with it, even one stopped between evaluations. The kernel ties that to the starting
/// <em>thread</em>, not the process: a worker started from a pool thread would die when the pool
/// retired the thread. Hence this thread, and nothing else, starts workers.
/// </summary>
internal static class WorkerLauncher
{
    private static readonly BlockingCollection<Request> Requests = [];

    static WorkerLauncher()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "DealRules worker launcher" };
        thread.Start();
    }

    /// <summary>Starts the process on the launcher's thread and returns it, or throws what <see cref="Process.Start(ProcessStartInfo)"/> threw.</summary>
    public static Process? Start(ProcessStartInfo start)
    {
        var request = new Request(start, new TaskCompletionSource<Process?>(TaskCreationOptions.RunContinuationsAsynchronously));
        Requests.Add(request);
        return request.Started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var request in Requests.GetConsumingEnumerable())
        {
            try
            {
                request.Started.SetResult(Process.Start(request.Start));
            }
#pragma warning disable CA1031 // Handed to the caller, which decides.
            catch (Exception e)
#pragma warning restore CA1031
            {
                request.Started.SetException(e);
            }
        }
    }

    private sealed record Request(ProcessStartInfo Start, TaskCompletionSource<Process?> Started);
}
