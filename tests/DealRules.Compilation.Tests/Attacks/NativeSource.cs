namespace DealRules.Compilation.Tests.Attacks;

/// <summary>
/// The part of a hostile image's <c>Native</c> class that attack rounds share: raw system calls, opening
/// and closing files, and a probe's verdict (<c>what=denied</c> or <c>what=done</c>). Each round adds its
/// own probes to the same partial class.
/// </summary>
internal static class NativeSource
{
    public const string Common = """
        public static unsafe partial class Native
        {
            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern long syscall(long number, long a, long b, long c, long d, long e, long f);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int open(string path, int flags);

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            public static extern int close(int fd);

            private static string Said(string what, long result) => $"{what}={(result < 0 ? "denied" : "done")}";
        }

        """;
}
