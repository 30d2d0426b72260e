using DealRules.Engine;

namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The seventh attack round, on the sixth's fixes (an unrestricted image standing for an escape from the
/// compile-time checks, <see cref="HostilePack"/>): the page cache still read (<c>cachestat</c>, AIO with
/// RWF_NOWAIT) and filled (<c>readahead</c>, <c>fadvise</c> WILLNEED) as a channel between workers; the
/// machine's whole AIO quota taken; millions of epoll watches (kernel memory charged to the user, which
/// then starves the host); thousands of threads (kernel stacks, the machine's process ids); a first
/// thread ended alone, after which the kernel shows no memory for the process. The calls are now
/// refused, and the host stops a worker past 1,024 threads or without its first thread.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KernelObjectAttackTests
{
    private const string Native = """
        public static unsafe partial class Native
        {
            public static string Cache()
            {
                var file = open(typeof(object).Assembly.Location, 0);
                var range = stackalloc long[2];
                var stat = stackalloc long[8];
                long context = 0;
                var said = string.Join(";",
                    Said("cachestat", syscall(451, file, (long)range, (long)stat, 0, 0, 0)),
                    Said("readahead", syscall(187, file, 0, 4096, 0, 0, 0)),
                    Said("willneed", syscall(221, file, 0, 4096, 3, 0, 0)),
                    Said("aio", syscall(206, 16, (long)&context, 0, 0, 0, 0)));
                close(file);
                return said;
            }

            public static string Watches() => string.Join(";", Said("epoll", syscall(291, 0, 0, 0, 0, 0, 0)), Said("epoll-old", syscall(213, 1, 0, 0, 0, 0, 0)));

            /// <summary>Ends the worker's first thread alone (exit, not exit_group); a second one then holds 512 MiB the kernel no longer shows for the process.</summary>
            public static string Leave()
            {
                new System.Threading.Thread(() =>
                {
                    var pause = stackalloc long[2] { 0, 300_000_000 };
                    syscall(35, (long)pause, 0, 0, 0, 0, 0);                      // nanosleep: the first thread is gone by then
                    const long size = 512L << 20;
                    var memory = (byte*)syscall(9, 0, size, 3, 0x22, -1, 0);      // mmap: anonymous, read and write
                    for (long at = 0; at < size; at += 4096)
                    {
                        memory[at] = 1;
                    }

                    while (true)
                    {
                        syscall(35, (long)pause, 0, 0, 0, 0, 0);                  // no managed allocation: the collector would abort the process
                    }
                }, 1 << 20).Start();
                syscall(60, 0, 0, 0, 0, 0, 0);                                    // exit: this thread only
                return "unreachable";
            }

            /// <summary>Starts 1,500 threads that sleep, then waits for the host to look.</summary>
            public static string Threads()
            {
                for (var i = 0; i < 1500; i++)
                {
                    new System.Threading.Thread(() => System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite), 64 << 10) { IsBackground = true }.Start();
                }

                System.Threading.Thread.Sleep(3000);
                return "threads=1500";
            }
        }

        """;

    [Fact]
    public void The_worker_cannot_read_or_fill_the_page_cache_or_take_the_machines_AIO_quota()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Cache()"), "cache"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("cachestat=denied;readahead=denied;willneed=denied;aio=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_make_epoll_watches()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Watches()"), "watches"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("epoll=denied;epoll-old=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void A_worker_past_1024_threads_is_stopped()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Threads()"), "threads"));

        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken));

        Assert.Equal("thread limit", failure.Limit);
    }

    [Fact]
    public void A_worker_whose_first_thread_ends_alone_is_stopped()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var limits = SandboxLimits.Default with { MemoryBytes = 256L << 20, EvaluationTimeout = TimeSpan.FromSeconds(20) };
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Leave()"), "leave"), limits: limits);

        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken));

        Assert.Equal("crash", failure.Limit);
        Assert.Contains("main thread", failure.Message, StringComparison.Ordinal);
    }
}
