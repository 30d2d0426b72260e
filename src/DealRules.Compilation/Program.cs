using DealRules.Compilation.Isolation;

namespace DealRules.Compilation;

/// <summary>
/// This assembly is also the worker process a rule pack from source runs in: the host starts it with
/// <c>dotnet exec</c> and <see cref="SandboxWorker.Argument"/>. It does nothing else.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is [SandboxWorker.Argument])
        {
            return SandboxWorker.Run();
        }

        Console.Error.WriteLine("DealRules.Compilation is a library; hosts start it as a rule-pack worker process.");
        return 2;
    }
}
