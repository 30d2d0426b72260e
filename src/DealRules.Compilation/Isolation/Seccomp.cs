using System.Runtime.InteropServices;

namespace DealRules.Compilation.Isolation;

/// <summary>
/// A seccomp filter for the worker (x86-64 Linux): the system calls that start programs or processes,
/// open sockets, read other processes or change namespaces fail with EPERM; everything the runtime
/// needs to run managed code (threads, memory, files already allowed by Landlock) passes. Installed
/// for every thread of the process at once, and never removable.
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
    private const int SysClone = 56;
    private const int SysClone3 = 435;
    private const long SysSeccomp = 317;

    /// <summary>
    /// Refused on x86-64: execve, execveat, fork, vfork, ptrace, process_vm_readv/writev, socket,
    /// socketpair, connect, bind, listen, accept, accept4, mount, umount2, unshare, setns, chroot,
    /// pivot_root, bpf, perf_event_open, userfaultfd, io_uring_setup/enter/register, keyctl, add_key,
    /// request_key, kexec_load, init_module, finit_module, delete_module, reboot, swapon, swapoff.
    /// </summary>
    private static readonly uint[] Refused =
    [
        59, 322, 57, 58, 101, 310, 311, 41, 53, 42, 49, 50, 43, 288, 165, 166, 272, 308, 161, 155, 321, 298, 323,
        425, 426, 427, 250, 248, 249, 246, 175, 313, 176, 169, 167, 168,
    ];

    public static string Apply()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return $"unavailable on {RuntimeInformation.ProcessArchitecture}";
        }

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

        // clone3 hides its flags in memory the filter cannot read: ENOSYS makes the C library fall back to clone.
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
