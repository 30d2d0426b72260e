using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using DealRules.Engine;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// One worker process serving one rule pack, seen from the host: started with a clean environment
/// in an empty working folder, confined by itself before it reads anything, and held to the limits
/// from here: every request has a deadline, the process's memory is watched, and a worker that
/// overruns either is killed. Any failure leaves the worker dead; the owner starts a fresh one.
/// </summary>
internal sealed partial class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private readonly Process process;
    private readonly string workingFolder;
    private readonly SandboxLimits limits;
    private readonly string pack;
    private bool dead;

    private WorkerProcess(Process process, string workingFolder, SandboxLimits limits, string pack)
    {
        this.process = process;
        this.workingFolder = workingFolder;
        this.limits = limits;
        this.pack = pack;
    }

    /// <summary>What confines the worker, as it reported (<c>landlock abi 7; seccomp on</c>).</summary>
    public string Confinement { get; private set; } = "";

    /// <summary>The worker's process id, for tests that watch it.</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts a worker and waits for it to report itself confined.</summary>
    /// <exception cref="RulePackFailedException">It could not start, or did not report within <see cref="SandboxLimits.StartTimeout"/>.</exception>
    public static WorkerProcess Start(string pack, SandboxLimits limits, CancellationToken cancellationToken = default)
    {
        var (muxer, arguments) = Command();
        var workingFolder = Directory.CreateTempSubdirectory("dealrules-worker-").FullName;
        var start = new ProcessStartInfo(muxer)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the host's environment reaches the pack: only what the runtime needs.
        start.Environment.Clear();
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(muxer);
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment["DOTNET_GCHeapHardLimit"] = (limits.MemoryBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_GCgen0size"] = "0x4000000";
        // Executable memory without double mapping, so that the worker needs no memfd (which the filter refuses: its pages escape the memory limit).
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.Environment["TMPDIR"] = workingFolder;
        start.Environment["HOME"] = workingFolder;
        // The worker checks that its parent is this process before it binds its life to it (Confinement.BindToHost).
        start.Environment[Isolation.Confinement.HostProcessVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        Process process;
        try
        {
            process = WorkerLauncher.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Directory.Delete(workingFolder, recursive: true);
            throw new RulePackFailedException(pack, "start", $"The worker process for the rule pack '{pack}' could not start ({muxer}): {e.Message}");
        }

        // What the worker writes on standard error before it sends it to /dev/null (a runtime's crash
        // report) is read and dropped, a block at a time: it may quote the pack, and it is never kept.
        var error = process.StandardError.BaseStream;
        _ = Task.Run(() =>
        {
            var discard = new byte[4096];
            try
            {
                while (error.Read(discard) > 0)
                {
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The worker is gone.
            }
        }, CancellationToken.None);
        var worker = new WorkerProcess(process, workingFolder, limits, pack);
        try
        {
            worker.Confinement = worker.Exchange(null, MessageKind.Ready, reader => reader.ReadBoundedString(), limits.StartTimeout, "start-up deadline", cancellationToken);
            if (limits.RequireConfinement && !IsConfined(worker.Confinement))
            {
                worker.Kill();
                throw new RulePackFailedException(pack, "confinement",
                    $"The worker process for the rule pack '{pack}' could not confine itself ({worker.Confinement}), so nothing of the pack ran. "
                    + "Packs run confined on Linux (x86-64, kernel 5.13 or later); to run them without it, for source you trust, "
                    + "set SandboxLimits.RequireConfinement to false (the command's --rules-unconfined).");
            }

            // The worker keeps the empty folder as its working folder after it is gone: nothing is left
            // behind, even by a host that never disposes the worker.
            worker.DeleteWorkingFolder();
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends a request and waits for the answer within <paramref name="deadline"/>, watching the
    /// worker's memory; the answer is read and checked by <paramref name="decode"/> inside the same
    /// deadline. Kills the worker on any limit, crash, reported failure or answer out of protocol.
    /// </summary>
    /// <exception cref="RulePackFailedException">The worker died, overran a limit, failed, or answered out of protocol.</exception>
    public T Request<T>(
        MessageKind kind, Action<BinaryWriter> body, MessageKind expected, Func<BinaryReader, T> decode,
        TimeSpan deadline, string deadlineName, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(dead, this);
        return Exchange(stream => WorkerProtocol.Send(stream, kind, body), expected, decode, deadline, deadlineName, cancellationToken);
    }

    private T Exchange<T>(
        Action<Stream>? send, MessageKind expected, Func<BinaryReader, T> decode, TimeSpan deadline, string deadlineName, CancellationToken cancellationToken)
    {
        Signal(SignalContinue);
        try
        {
            return Exchanged(send, expected, decode, deadline, deadlineName, cancellationToken);
        }
        finally
        {
            // Between requests the worker is stopped: nothing it left running can use a processor,
            // grow its memory or reach anything while no deadline watches it.
            if (!dead)
            {
                Signal(SignalStop);
            }
        }
    }

    private T Exchanged<T>(
        Action<Stream>? send, MessageKind expected, Func<BinaryReader, T> decode, TimeSpan deadline, string deadlineName, CancellationToken cancellationToken)
    {
        var exchange = Task.Run(() =>
        {
            send?.Invoke(process.StandardInput.BaseStream);
            if (WorkerProtocol.Receive(process.StandardOutput.BaseStream, limits.MaxAnswerBytes) is not var (kind, reader))
            {
                throw new EndOfStreamException();
            }

            using (reader)
            {
                if (kind == MessageKind.Failed)
                {
                    throw new WorkerFailed(reader.ReadBoundedString());
                }

                if (kind != expected)
                {
                    throw new InvalidDataException($"answered {kind} to a request for {expected}");
                }

                try
                {
                    var answer = decode(reader);
                    return reader.BaseStream.Position == reader.BaseStream.Length ? answer : throw new InvalidDataException("bytes after the answer");
                }
                catch (Exception e) when (e is not (OutOfMemoryException or InvalidDataException))
                {
                    // Whatever a hostile answer makes the reader throw, it is no answer.
                    throw new InvalidDataException(e.Message, e);
                }
            }
        });
        var clock = Stopwatch.StartNew();
        while (!((IAsyncResult)exchange).AsyncWaitHandle.WaitOne(Poll))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Kill();
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (clock.Elapsed > deadline)
            {
                Kill();
                throw Failed(deadlineName, $"did not finish within its {deadlineName} of {Seconds(deadline)}; its worker process was stopped");
            }

            var kernel = KernelShare.Of(process.Id);
            if (kernel.LeaderEnded)
            {
                Kill();
                throw Failed("crash", "ended its worker's main thread and kept others running, where its memory cannot be counted; its worker process was stopped");
            }

            if (kernel.Threads > KernelShare.MaxThreads)
            {
                Kill();
                throw Failed("thread limit", $"started more than {KernelShare.MaxThreads:N0} threads; its worker process was stopped");
            }

            if (kernel.Bytes > limits.MemoryBytes)
            {
                Kill();
                throw Failed("memory limit", $"went over its memory limit of {limits.MemoryBytes >> 20:N0} MiB; its worker process was stopped");
            }
        }

        try
        {
            return exchange.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or EndOfStreamException)
        {
            throw Crashed();
        }
        catch (WorkerFailed e)
        {
            Kill();
            throw Failed("failure", $"failed: {CompilationMessage.OneLine(e.Message)}");
        }
        catch (InvalidDataException e)
        {
            throw Misbehaved(e.Message);
        }
    }

    /// <summary>True when the worker reports every layer of its confinement in place.</summary>
    private static bool IsConfined(string confinement) =>
        confinement.StartsWith("landlock abi ", StringComparison.Ordinal)
        && confinement.Contains("; seccomp on;", StringComparison.Ordinal)
        && confinement.EndsWith("; capabilities none", StringComparison.Ordinal);

    private const int SignalContinue = 18;
    private const int SignalStop = 19;

    private void Signal(int signal)
    {
        if (OperatingSystem.IsLinux() && !dead)
        {
            _ = kill(process.Id, signal);
        }
    }

    [System.Runtime.InteropServices.LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int process, int signal);

    /// <summary>The worker answered that the request failed.</summary>
    private sealed class WorkerFailed(string reason) : Exception(reason);

    public RulePackFailedException Misbehaved(string what)
    {
        Kill();
        return Failed("protocol", $"answered with something that is not an answer of a rule pack ({CompilationMessage.OneLine(what)}); its worker process was stopped");
    }

    private RulePackFailedException Crashed()
    {
        Kill();
        var code = process.HasExited ? process.ExitCode : -1;
        var why = code switch
        {
            134 => "aborted, as on a stack overflow or an unhandled exception",
            137 => "killed",
            139 => "a segmentation fault",
            159 => "a forbidden system call",
            _ => "it ended",
        };
        return Failed("crash", $"crashed its worker process (exit code {code}: {why})");
    }

    private RulePackFailedException Failed(string limit, string what) => new(pack, limit, $"The rule pack '{pack}' {what}.");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private void Kill()
    {
        dead = true;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(5_000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Ends the worker (closing its input ends it; a worker that does not end is killed) and deletes its working folder.</summary>
    public void Dispose()
    {
        if (!dead)
        {
            Signal(SignalContinue);
            dead = true;
            try
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(2_000))
                {
                    Kill();
                }
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                Kill();
            }
        }

        process.Dispose();
        DeleteWorkingFolder();
    }

    private void DeleteWorkingFolder()
    {
        try
        {
            Directory.Delete(workingFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted once the worker started.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder is empty unless the kernel let the pack write, which it does not; nothing to keep.
        }
    }

    /// <summary>The <c>dotnet</c> host that runs this process, and the arguments that start the worker in this assembly.</summary>
    private static (string Muxer, string[] Arguments) Command()
    {
        var assembly = typeof(WorkerProcess).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        var muxer = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        if (!File.Exists(muxer) && Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath)
        {
            muxer = hostPath;
        }

        if (!File.Exists(runtimeConfig))
        {
            throw new RulePackFailedException("(worker)", "start", $"The worker cannot start: {runtimeConfig} is missing beside {Path.GetFileName(assembly)}.");
        }

        return (muxer, ["exec", "--runtimeconfig", runtimeConfig, assembly, SandboxWorker.Argument]);
    }
}
