using DealRules.Engine;

namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The sixth attack round, on the fifth's fixes (an unrestricted image standing for an escape from the
/// compile-time checks, <see cref="HostilePack"/>): pages pinned in pipes with <c>vmsplice</c> (gigabytes
/// outside the resident set, whatever the open-file limit), the page cache of the runtime's files read
/// and emptied as a channel between workers (<c>mincore</c>, <c>RWF_NOWAIT</c>, <c>fadvise</c>,
/// <c>madvise</c>), and page tables grown by a huge sparse mapping. Each is now refused, or counted.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PageCacheAttackTests
{
    private const string Native = """
        public static unsafe partial class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int pipe(int* fds);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern nint mmap(nint address, nint length, int protection, int flags, int fd, long offset);

            public static string Pipes()
            {
                var fds = stackalloc int[2];
                pipe(fds);
                var page = stackalloc byte[4096];
                var vector = stackalloc long[2] { (long)page, 4096 };
                var vmsplice = syscall(278, fds[1], (long)vector, 1, 0, 0, 0);
                var file = open(typeof(object).Assembly.Location, 0);
                var splice = syscall(275, file, 0, fds[1], 0, 4096, 0);
                close(file);
                close(fds[0]);
                close(fds[1]);
                return $"{Said("vmsplice", vmsplice)};{Said("splice", splice)}";
            }

            public static string Cache()
            {
                var file = open(typeof(object).Assembly.Location, 0);
                var mapped = mmap(0, 1 << 20, 1, 2, file, 0);                     // PROT_READ, MAP_PRIVATE
                var resident = stackalloc byte[256];
                var buffer = stackalloc byte[4096];
                var vector = stackalloc long[2] { (long)buffer, 4096 };
                var said = string.Join(";",
                    Said("mincore", syscall(27, mapped, 1 << 20, (long)resident, 0, 0, 0)),
                    Said("nowait", syscall(327, file, (long)vector, 1, 0, 0, 8)),          // preadv2(…, RWF_NOWAIT)
                    Said("dontneed", syscall(221, file, 0, 1 << 20, 4, 0, 0)),             // fadvise64(…, POSIX_FADV_DONTNEED)
                    Said("pageout", syscall(28, mapped, 1 << 20, 21, 0, 0, 0)));           // madvise(…, MADV_PAGEOUT)
                close(file);
                return said;
            }

            /// <summary>Reads one byte every 2 MiB of a 512 GiB sparse mapping: a page of page tables each, none resident.</summary>
            public static string Tables()
            {
                const long size = 512L << 30, step = 2L << 20;
                var region = mmap(0, (nint)size, 1, 0x22 | 0x4000, -1, 0);      // PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE
                if (region == -1)
                {
                    return "map=denied";
                }

                long sum = 0;
                for (long offset = 0; offset < size; offset += step)
                {
                    sum += ((byte*)region)[offset];
                }

                return $"tables=held{sum}";
            }
        }

        """;

    [Fact]
    public void The_worker_cannot_pin_pages_in_pipes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Pipes()"), "pipes"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("vmsplice=denied;splice=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void The_worker_cannot_read_or_empty_the_page_cache_of_the_files_every_worker_reads()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Cache()"), "cache"));

        var report = host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken);

        Assert.Equal("mincore=denied;nowait=denied;dontneed=denied;pageout=denied", report.Findings.Single().Message);
    }

    [Fact]
    public void Page_tables_count_against_the_memory_limit()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux");
        var limits = SandboxLimits.Default with { MemoryBytes = 512L << 20 };
        using var host = new RulePackHost(HostilePack.Compile(NativeSource.Common + Native + Packs.EveryDeal("Native.Tables()"), "tables"), limits: limits);

        var failure = Assert.Throws<RulePackFailedException>(() => host.Evaluate([TestFiles.Samples[0]], TestContext.Current.CancellationToken));

        Assert.Equal("memory limit", failure.Limit);
    }
}
