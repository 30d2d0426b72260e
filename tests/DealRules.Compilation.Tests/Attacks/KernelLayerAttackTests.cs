namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The attack round on the worker's confinement, with an unrestricted image (<see cref="HostilePack"/>)
/// standing for an escape from the compile-time checks: each kind it found, now closed by the kernel.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KernelLayerAttackTests
{
    private const string Native = """
        public static unsafe class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int prlimit(int pid, int resource, long* newLimit, long* oldLimit);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int getppid();

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int memfd_create(string name, uint flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern nint write(int fd, byte* buffer, nint count);

            /// <summary>Sets the host's soft and hard RLIMIT_MSGQUEUE (12): harmless here; RLIMIT_CPU or RLIMIT_FSIZE would kill it.</summary>
            public static string LimitHost()
            {
                var limits = stackalloc long[2] { 4242, 4242 };
                return prlimit(getppid(), 12, limits, null) == 0 ? "host-limit=DONE" : "host-limit=denied";
            }

            /// <summary>Fills an anonymous memory file: shared memory, not in the worker's resident set.</summary>
            public static string Hoard(int mebibytes)
            {
                var fd = memfd_create("hoard", 0);
                if (fd < 0)
                {
                    return "memfd=denied";
                }

                var chunk = new byte[1 << 20];
                System.Array.Fill(chunk, (byte)1);
                fixed (byte* p = chunk)
                {
                    for (var i = 0; i < mebibytes; i++)
                    {
                        if (write(fd, p, chunk.Length) != chunk.Length)
                        {
                            return $"memfd={i}";
                        }
                    }
                }

                return $"memfd={mebibytes}";
            }
        }

        """;

    [Fact]
    public void The_worker_cannot_set_the_hosts_resource_limits()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var before = MsgQueueLimit();
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.LimitHost()"), "limits"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("host-limit=denied", report.Findings.Single().Message);
        Assert.Equal(before, MsgQueueLimit());
    }

    [Fact]
    public void The_worker_cannot_hold_memory_its_limit_does_not_count()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var limits = SandboxLimits.Default with { MemoryBytes = 512L << 20 };
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Hoard(768)"), "hoarder"), limits: limits);

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("memfd=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_read_the_hosts_application_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var settings = Path.Combine(AppContext.BaseDirectory, "attack-appsettings.json");
        File.WriteAllText(settings, "{\"ConnectionStrings\":{\"Db\":\"Password=APP-FOLDER-SECRET\"}}");
        try
        {
            var source = Packs.EveryDeal("System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, \"attack-appsettings.json\"))");
            using var host = new RulePackHost(HostilePack.Compile(source, "reader"));

            var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

            Assert.Empty(report.Findings);
            Assert.Contains("UnauthorizedAccessException", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(settings);
        }
    }

    private static string MsgQueueLimit() =>
        File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max msgqueue size", StringComparison.Ordinal));
}
