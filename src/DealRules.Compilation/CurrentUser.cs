using System.Runtime.InteropServices;

namespace DealRules.Compilation;

/// <summary>The user this process runs as (Linux), for checking who owns the cache.</summary>
internal static partial class CurrentUser
{
    public static uint Id => geteuid();

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
