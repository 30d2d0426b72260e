using System.Runtime.InteropServices;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// A seccomp filter for the worker (x86-64 Linux). Refused with EPERM: starting programs or processes,
/// sockets, reaching other processes (signals, ptrace, their memory, their limits, priorities and
/// scheduling), namespaces and mounts, shared memory the host cannot see and IPC objects that outlive the
/// worker (memfd, System V shared memory, queues and semaphores, POSIX queues), watching folders
/// (inotify, fanotify, dnotify: they name files in folders Landlock keeps it from reading), undoing its
/// bond to its host (<c>PR_SET_PDEATHSIG</c>) or its process group, file locks and leases, growing pipe
/// buffers or pinning pages in pipes, the page cache's state of shared files (a channel between workers),
/// signals through a file's owner, changing
/// files' owners, modes, times or attributes (which Landlock does not cover), and the machine's clock,
/// name, modules and swap. Calls on the worker itself (its own limits, its own signals) pass.
/// Installed for every thread of the process at once, and never removable.
/// </summary>
internal static unsafe partial class Seccomp
{
    private const uint AuditArchX8664 = 0xC000003E;
    private const uint RetAllow = 0x7FFF0000;
    private const uint RetKillProcess = 0x80000000;
    private const uint RetErrno = 0x00050000;
    private const uint Eperm = 1;
    private const uint Enosys = 38;
    private const uint CloneThread = 0x00010000;
    private const uint SysClone = 56;
    private const uint SysClone3 = 435;
    private const long SysSeccomp = 317;

    /// <summary>System calls refused outright (x86-64 numbers), by what they reach.</summary>
    private static readonly uint[] Refused =
    [
        59, 322, 57, 58,                         // execve, execveat, fork, vfork
        101, 310, 311, 312, 200,                 // ptrace, process_vm_readv/writev, kcmp, tkill
        434, 424, 438, 440, 448,                 // pidfd_open, pidfd_send_signal, pidfd_getfd, process_madvise, process_mrelease
        41, 53, 42, 49, 50, 43, 288,             // socket, socketpair, connect, bind, listen, accept, accept4
        165, 166, 272, 308, 161, 155, 179,       // mount, umount2, unshare, setns, chroot, pivot_root, quotactl
        321, 298, 323, 425, 426, 427,            // bpf, perf_event_open, userfaultfd, io_uring_setup/enter/register
        250, 248, 249,                           // keyctl, add_key, request_key
        246, 320, 175, 313, 176, 169, 167, 168,  // kexec_load, kexec_file_load, init/finit/delete_module, reboot, swapon, swapoff
        319, 447, 29, 30, 31, 67,                // memfd_create, memfd_secret, shmget, shmat, shmctl, shmdt
        73, 112, 109,                            // flock (a channel between workers), setsid, setpgid (leaving the host's process group)
        278, 275, 276,                           // vmsplice, splice, tee (pages pinned in pipes, outside the resident set)
        27, 327, 328, 451, 187, 221,             // mincore, preadv2, pwritev2 (RWF_NOWAIT), cachestat, readahead, fadvise64: the page cache as a channel
        206, 207, 208, 209, 210, 333,            // io_setup, io_destroy, io_getevents, io_submit, io_cancel, io_pgetevents (RWF_NOWAIT; the machine's AIO quota)
        213, 291, 233, 232, 281, 441,            // epoll_create, epoll_create1, epoll_ctl, epoll_wait, epoll_pwait, epoll_pwait2 (watches: kernel memory of the whole user)
        64, 65, 66, 220, 68, 69, 70, 71,         // semget, semop, semctl, semtimedop, msgget, msgsnd, msgrcv, msgctl (outlive the worker, outside its memory limit)
        240, 241, 242, 243, 244, 245,            // mq_open, mq_unlink, mq_timedsend, mq_timedreceive, mq_notify, mq_getsetattr
        253, 254, 255, 294, 301,                 // inotify_init, inotify_add_watch, inotify_rm_watch, inotify_init1, fanotify_mark (names in folders Landlock keeps it from reading)
        90, 91, 268, 452, 92, 93, 94, 260,       // chmod, fchmod, fchmodat, fchmodat2, chown, fchown, lchown, fchownat
        132, 235, 280, 261,                      // utime, utimes, utimensat, futimesat
        188, 189, 190, 197, 198, 199,            // setxattr, lsetxattr, fsetxattr, removexattr, lremovexattr, fremovexattr
        303, 304,                                // name_to_handle_at, open_by_handle_at
        164, 227, 159, 305, 170, 171,            // settimeofday, clock_settime, adjtimex, clock_adjtime, sethostname, setdomainname
        172, 173, 153, 163, 103, 300,            // iopl, ioperm, vhangup, acct, syslog, fanotify_init
        251, 279, 256, 144, 142, 314,            // ioprio_set, move_pages, migrate_pages, sched_setscheduler, sched_setparam, sched_setattr
    ];

    public static string Apply()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return $"unavailable on {RuntimeInformation.ProcessArchitecture}";
        }

        var self = (uint)Environment.ProcessId;
        var program = new List<Instruction>
        {
            Load(4),                                           // the architecture
            Jump(0x15, AuditArchX8664, 1, 0),
            Return(RetKillProcess),
            Load(0),                                           // the system call's number
            Jump(0x35, 0x40000000, 0, 1),                      // x32 system calls: refused
            Return(RetErrno | Eperm),
        };
        foreach (var number in Refused)
        {
            program.Add(Jump(0x15, number, 0, 1));
            program.Add(Return(RetErrno | Eperm));
        }

        // Refused for some values of an argument: undoing the worker's bond to its host (Confinement.BindToHost);
        // file locks and leases (a channel between workers through files all of them read; a lease holds up
        // whoever opens the file), dnotify (inotify's elder), signals through a file's owner, growing pipe
        // buffers (memory its resident set does not show); priorities of groups and users.
        RefuseWhen(program, 157, argument: 0, 1);                                       // prctl(PR_SET_PDEATHSIG, …)
        RefuseWhen(program, 72, argument: 1, 5, 6, 7, 36, 37, 38, 1024, 1026, 8, 10, 15, 1031);
        // fcntl: F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_NOTIFY, F_SETOWN, F_SETSIG, F_SETOWN_EX, F_SETPIPE_SZ
        RefuseWhen(program, 16, argument: 1, 0x8901, 0x8902);                           // ioctl: FIOSETOWN, SIOCSPGRP
        RefuseWhen(program, 141, argument: 0, 1, 2);                                    // setpriority: PRIO_PGRP, PRIO_USER
        RefuseWhen(program, 28, argument: 2, 20, 21);                                   // madvise: MADV_COLD, MADV_PAGEOUT

        // Allowed on the worker itself only: the process (or thread group) named by an argument must be 0 or the worker.
        AllowOnlyFor(program, 62, argument: 0, self);   // kill
        AllowOnlyFor(program, 234, argument: 0, self);  // tgkill
        AllowOnlyFor(program, 129, argument: 0, self);  // rt_sigqueueinfo
        AllowOnlyFor(program, 297, argument: 0, self);  // rt_tgsigqueueinfo
        AllowOnlyFor(program, 302, argument: 0, 0);     // prlimit64 (0: the caller)
        AllowOnlyFor(program, 141, argument: 1, 0);     // setpriority (who 0: the caller)
        AllowOnlyFor(program, 203, argument: 0, 0);     // sched_setaffinity

        // clone3 hides its flags in memory the filter cannot read: ENOSYS makes the C library fall back to clone.
        program.Add(Load(0));
        program.Add(Jump(0x15, SysClone3, 0, 1));
        program.Add(Return(RetErrno | Enosys));
        // clone is allowed for threads only (CLONE_THREAD in its first argument), so no new process starts.
        program.Add(Jump(0x15, SysClone, 0, 3));
        program.Add(Load(16));
        program.Add(Jump(0x45, CloneThread, 1, 0));
        program.Add(Return(RetErrno | Eperm));
        program.Add(Return(RetAllow));

        var filter = program.ToArray();
        fixed (Instruction* instructions = filter)
        {
            var fprog = new Program { Length = (ushort)filter.Length, Filter = instructions };
            // SECCOMP_SET_MODE_FILTER with SECCOMP_FILTER_FLAG_TSYNC: every thread, now.
            return syscall(SysSeccomp, 1, 1, (long)&fprog) == 0 ? "on" : $"refused ({Marshal.GetLastPInvokeError()})";
        }
    }

    /// <summary>The system call is refused (EPERM) when its argument (low 32 bits) is one of <paramref name="values"/>; other calls go on to the next check.</summary>
    private static void RefuseWhen(List<Instruction> program, uint number, int argument, params uint[] values)
    {
        foreach (var value in values)
        {
            program.Add(Load(0));
            program.Add(Jump(0x15, number, 0, 3));
            program.Add(Load((uint)(16 + 8 * argument)));
            program.Add(Jump(0x15, value, 0, 1));
            program.Add(Return(RetErrno | Eperm));
        }
    }

    /// <summary>The system call passes when its argument (low 32 bits) is <paramref name="value"/>, else EPERM.</summary>
    private static void AllowOnlyFor(List<Instruction> program, uint number, int argument, uint value)
    {
        program.Add(Load(0));
        program.Add(Jump(0x15, number, 0, 4));
        program.Add(Load((uint)(16 + 8 * argument)));
        program.Add(Jump(0x15, value, 0, 1));
        program.Add(Return(RetAllow));
        program.Add(Return(RetErrno | Eperm));
    }

    private static Instruction Load(uint offset) => new() { Code = 0x20, Constant = offset };

    private static Instruction Jump(ushort code, uint constant, byte whenTrue, byte whenFalse) =>
        new() { Code = code, JumpTrue = whenTrue, JumpFalse = whenFalse, Constant = constant };

    private static Instruction Return(uint value) => new() { Code = 0x06, Constant = value };

    [StructLayout(LayoutKind.Sequential)]
    private struct Instruction
    {
        public ushort Code;
        public byte JumpTrue;
        public byte JumpFalse;
        public uint Constant;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Program
    {
        public ushort Length;
        public Instruction* Filter;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial long syscall(long number, long a, long b, long c);
}
