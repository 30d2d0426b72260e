namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The fourth attack round on the worker's confinement (the installed tool, with an unrestricted image
/// standing for an escape from the compile-time checks, <see cref="HostilePack"/>): System V queues and
/// semaphores, which outlived the worker and held memory outside its limit (a channel to the next
/// evaluation or any local process), and inotify, which named files in folders Landlock keeps the
/// worker from reading. Each is now refused by the seccomp filter. (A worker outliving a host killed
/// outright is pinned in the command's tests, <c>HostKilledTests</c>.)
/// </summary>
[Trait("Category", "Slow")]
public sealed class IpcAndWatchAttackTests
{
    private const string Native = """
        public static unsafe class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int msgget(int key, int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int semget(int key, int count, int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int inotify_init1(int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int inotify_init();

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int close(int fd);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int prctl(int option, ulong a, ulong b, ulong c, ulong d);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int open(string path, int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int fcntl(int fd, int command, int argument);

            private const int IpcPrivate = 0, IpcCreate = 0x200;

            /// <summary>Clears the signal the kernel sends the worker when its host dies.</summary>
            public static string Unbind() => prctl(1, 0, 0, 0, 0) == 0 ? "unbind=DONE" : "unbind=denied";

            /// <summary>dnotify on the first folder the worker may open: denied whatever the folder.</summary>
            public static string Notify()
            {
                foreach (var path in new[] { "/proc/self", "/proc/self/fd", System.AppContext.BaseDirectory, System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory() })
                {
                    var folder = open(path, 0x10000); // O_DIRECTORY, read-only
                    if (folder >= 0)
                    {
                        var result = fcntl(folder, 1026, 0x2); // F_NOTIFY, DN_MODIFY
                        close(folder);
                        return result == 0 ? "dnotify=made" : "dnotify=denied";
                    }
                }

                return "open=denied";
            }

            /// <summary>A private queue and semaphore set: whether the kernel made them.</summary>
            public static string Ipc()
            {
                var queue = msgget(IpcPrivate, IpcCreate | 0x180);
                var semaphores = semget(IpcPrivate, 1, IpcCreate | 0x180);
                return $"msgget={(queue < 0 ? "denied" : "made")};semget={(semaphores < 0 ? "denied" : "made")}";
            }

            public static string Watch()
            {
                var first = inotify_init1(0);
                var second = inotify_init();
                if (first >= 0) close(first);
                if (second >= 0) close(second);
                return $"inotify_init1={(first < 0 ? "denied" : "made")};inotify_init={(second < 0 ? "denied" : "made")}";
            }
        }

        """;

    [Fact]
    public void The_worker_cannot_make_System_V_queues_or_semaphores()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Ipc()"), "ipc"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("msgget=denied;semget=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_watch_folders()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Watch()"), "watch"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("inotify_init1=denied;inotify_init=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_undo_its_bond_to_its_host()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Unbind()"), "unbind"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("unbind=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_watch_a_folder_with_dnotify()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Notify()"), "dnotify"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("dnotify=denied", report.Findings.Single().Message);
    }
}
