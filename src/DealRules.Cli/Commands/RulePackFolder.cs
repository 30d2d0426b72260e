using DealRules.Input;
using DealRules.Compilation;

namespace DealRules.Cli.Commands;

/// <summary><c>--rules DIR</c>: a rule pack compiled from a folder of C# files (the sandbox's loader), its diagnostics printed.</summary>
internal static class RulePackFolder
{
    /// <summary>
    /// Compiles a pack folder in a worker process (or takes it from the cache), printing every diagnostic
    /// as <c>file(line,col): error ID: message</c>; null when it is refused.
    /// </summary>
    /// <exception cref="Engine.RulePackFailedException">The worker compiling it died or overran a limit.</exception>
    public static LoadedRulePack? Load(string folder, SandboxLimits limits, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"dealrules: the rules folder {Echo.Printable(folder)} does not exist.");
            return null;
        }

        var loaded = new RulePackLoader(limits, RulePackLoader.DefaultCacheFolder).Load(folder, console.Interrupted);
        foreach (var warning in loaded.Warnings)
        {
            console.Error.WriteLine(warning with { File = Echo.Printable(Path.Combine(folder, warning.File)) });
        }

        foreach (var error in loaded.Errors)
        {
            console.Error.WriteLine(error with { File = Echo.Printable(Path.Combine(folder, error.File)) });
        }

        foreach (var problem in loaded.ProfileProblems)
        {
            console.Error.WriteLine(problem.ToString());
        }

        if (loaded.Pack is null)
        {
            console.Error.WriteLine($"dealrules: the rule pack in {Echo.Printable(folder)} was refused; nothing was evaluated.");
        }

        return loaded.Pack is null ? null : loaded;
    }
}
