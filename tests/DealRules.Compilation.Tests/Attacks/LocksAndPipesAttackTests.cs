namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The fifth attack round, on the fourth's fixes (an unrestricted image standing for an escape from the
/// compile-time checks, <see cref="HostilePack"/>): file locks and leases on the runtime's files every
/// worker reads (a channel between workers; a lease holds up whoever opens the file), pipe buffers
/// grown past what the worker's resident set shows, signals through a file's owner, leaving the host's
/// process group, priorities of groups. Each is now refused. (Clearing the parent-death signal is in
/// <see cref="IpcAndWatchAttackTests"/>.)
/// </summary>
[Trait("Category", "Slow")]
public sealed class LocksAndPipesAttackTests
{
    private const string Native = """
        public static unsafe class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int open(string path, int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int close(int fd);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int flock(int fd, int operation);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int fcntl(int fd, int command, nint argument);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int pipe(int* fds);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int setsid();

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int setpgid(int pid, int group);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int getpriority(int which, int who);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int setpriority(int which, int who, int priority);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int getrlimit(int resource, long* limits);

            private static string Said(string what, int result) => $"{what}={(result < 0 ? "denied" : "done")}";

            /// <summary>Locks and leases on the runtime's own library, which every worker reads.</summary>
            public static string Locks()
            {
                var fd = open(typeof(object).Assembly.Location, 0);
                if (fd < 0)
                {
                    return "open=denied";
                }

                var record = stackalloc long[4]; // struct flock: F_RDLCK over the whole file
                record[0] = 0;
                var said = string.Join(";",
                    Said("flock", flock(fd, 1 | 4)),                 // LOCK_SH | LOCK_NB
                    Said("setlk", fcntl(fd, 6, (nint)record)),       // F_SETLK
                    Said("ofdlk", fcntl(fd, 37, (nint)record)),      // F_OFD_SETLK
                    Said("lease", fcntl(fd, 1024, 0)),               // F_SETLEASE, F_RDLCK
                    Said("owner", fcntl(fd, 8, 1)));                 // F_SETOWN to init
                close(fd);
                return said;
            }

            public static string Pipes()
            {
                var fds = stackalloc int[2];
                if (pipe(fds) != 0)
                {
                    return "pipe=denied";
                }

                var grown = fcntl(fds[1], 1031, 1 << 20);                  // F_SETPIPE_SZ
                close(fds[0]);
                close(fds[1]);
                var limits = stackalloc long[2];
                getrlimit(7, limits);                                       // RLIMIT_NOFILE
                return $"{Said("grow", grown)};files={limits[0]}/{limits[1]}";
            }

            // Apart: a process that made itself a group's leader cannot then start a session, and one that started a session cannot join a group.
            public static string Group() => string.Join(";", Said("setpgid", setpgid(0, 0)), Said("prio-pgrp", setpriority(1, 0, getpriority(1, 0))));

            public static string Session() => Said("setsid", setsid());
        }

        """;

    [Fact]
    public void The_worker_cannot_lock_lease_or_own_the_files_every_worker_reads()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Locks()"), "locks"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("flock=denied;setlk=denied;ofdlk=denied;lease=denied;owner=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_grow_pipe_buffers_and_holds_at_most_4096_files()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Pipes()"), "pipes"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("grow=denied;files=4096/4096", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_leave_the_hosts_process_group_or_set_its_priority()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var group = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Group()"), "group"));
        using var session = new RulePackHost(HostilePack.Compile(Native + Packs.EveryDeal("Native.Session()"), "session"));

        var inGroup = group.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);
        var inSession = session.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("setpgid=denied;prio-pgrp=denied", inGroup.Findings.Single().Message);
        Assert.Equal("setsid=denied", inSession.Findings.Single().Message);
    }
}
