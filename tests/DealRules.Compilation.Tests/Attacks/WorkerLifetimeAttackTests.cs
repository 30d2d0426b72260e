using System.Runtime.InteropServices;

namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The second attack round on the worker, with an unrestricted image (<see cref="HostilePack"/>)
/// standing for an escape: descriptors the host inherited, standard error, and a worker left alone
/// between evaluations. Each kind now closed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WorkerLifetimeAttackTests
{
    private const string Native = """
        public static unsafe class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern nint pread(int fd, byte* buffer, nint count, long offset);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern nint pwrite(int fd, byte* buffer, nint count, long offset);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern nint write(int fd, byte* buffer, nint count);

            /// <summary>Reads an inherited descriptor (no open: Landlock never sees it) and appends to it.</summary>
            public static string Steal(int fd)
            {
                var buffer = new byte[256];
                nint read;
                fixed (byte* p = buffer)
                {
                    read = pread(fd, p, buffer.Length, 0);
                }

                var mark = System.Text.Encoding.ASCII.GetBytes(" PWNED-BY-PACK");
                nint written;
                fixed (byte* p = mark)
                {
                    written = pwrite(fd, p, mark.Length, System.Math.Max(0, (long)read));
                }

                return $"read={(read > 0 ? System.Text.Encoding.ASCII.GetString(buffer, 0, (int)read) : "denied")};write={written}";
            }

            /// <summary>Writes one endless line on standard error, which the host reads line by line.</summary>
            public static string Flood(int mebibytes)
            {
                var chunk = new byte[1 << 20];
                System.Array.Fill(chunk, (byte)'A');
                fixed (byte* p = chunk)
                {
                    for (var i = 0; i < mebibytes; i++)
                    {
                        for (nint done = 0; done < chunk.Length;)
                        {
                            var n = write(2, p + done, chunk.Length - done);
                            if (n <= 0) return "flood=denied";
                            done += n;
                        }
                    }
                }

                return $"flood={mebibytes}";
            }

            /// <summary>A thread that outlives the request: after the answer it takes native memory and keeps it.</summary>
            public static string Linger(int mebibytes)
            {
                var thread = new System.Threading.Thread(() =>
                {
                    System.Threading.Thread.Sleep(1000);
                    var size = (nuint)mebibytes << 20;
                    var block = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc(size);
                    for (nuint i = 0; i < size; i += 4096) block[i] = 1;
                    System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);
                }) { IsBackground = true };
                thread.Start();
                return "linger=started";
            }
        }

        """;

    [Fact]
    public void Descriptors_the_host_inherited_are_closed_before_the_pack_runs()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var secretFile = Path.Combine(Path.GetTempPath(), $"dealrules-attack-secret-{Guid.NewGuid():N}.env");
        File.WriteAllText(secretFile, "API_KEY=INHERITED-FD-SECRET");
        // As a shell's 3<>secrets.env would hand it to dealrules: opened without O_CLOEXEC.
        var fd = open(secretFile, 2 /* O_RDWR */);
        Assert.True(fd > 2);
        try
        {
            using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal($"Native.Steal({fd})"), "inherited-fd"));

            var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

            Assert.Equal("read=denied;write=-1", report.Findings.Single().Message);
            Assert.Equal("API_KEY=INHERITED-FD-SECRET", File.ReadAllText(secretFile));
        }
        finally
        {
            _ = close(fd);
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void What_the_worker_writes_on_standard_error_costs_the_host_nothing()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Flood(96)"), "stderr-flood"));
        host.Evaluate([TestFiles.Samples[1]], TestContext.Current.CancellationToken);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Equal("flood=96", report.Findings.Single().Message);
        Assert.True(after - before < 16L << 20, $"the host grew by {(after - before) >> 20} MiB for 96 MiB written on the worker's standard error");
    }

    [Fact]
    public void A_worker_between_evaluations_is_stopped_so_what_it_left_running_takes_nothing()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var limits = SandboxLimits.Default with { MemoryBytes = 256L << 20 };
        using var host = new Isolation.IsolatedEvaluator(HostilePack.Compile(Native + Packs.EveryDeal("Native.Linger(512)"), "linger"), null, limits);

        var report = host.Evaluate([TestFiles.Samples[0]], cancellationToken: TestContext.Current.CancellationToken);
        Thread.Sleep(3000);

        Assert.Equal("linger=started", report.Findings.Single().Message);
        var worker = host.WorkerProcessId!.Value;
        Assert.Equal('T', State(worker));
        Assert.True(ResidentBytes(worker) < limits.MemoryBytes, $"the worker holds {ResidentBytes(worker) >> 20} MiB, limit {limits.MemoryBytes >> 20} MiB");
    }

    [Fact]
    public void With_a_worker_per_evaluation_not_even_process_wide_state_reaches_the_next_evaluation()
    {
        var source = """
            public static class Store
            {
                public static string Remember(string dealId)
                {
                    var seen = Environment.GetEnvironmentVariable("DR_SEEN") ?? "";
                    Environment.SetEnvironmentVariable("DR_SEEN", seen + dealId + ",");
                    return "seen before: " + seen;
                }
            }

            """ + Packs.EveryDeal("Store.Remember(deal.Deal.Id)");
        Assert.False(Packs.Compile(source).Succeeded);
        using var host = new RulePackHost(HostilePack.Compile(source, "process-state"), limits: SandboxLimits.Default with { WorkerPerEvaluation = true });

        host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);
        var second = host.Evaluate([TestFiles.Samples[1]], TestContext.Current.CancellationToken);

        Assert.Equal("seen before: ", second.Findings.Single().Message);
    }

    private static char State(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[stat.LastIndexOf(')') + 2];
    }

    private static long ResidentBytes(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture) << 10;

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);

}
