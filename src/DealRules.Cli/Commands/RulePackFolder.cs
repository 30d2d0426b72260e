using DealRules.Compilation;
using DealRules.Documents;

namespace DealRules.Cli.Commands;

/// <summary><c>--rules DIR</c>: a rule pack compiled from a folder of C# files (the sandbox's loader), its diagnostics printed.</summary>
internal static class RulePackFolder
{
    /// <summary>Compiles a pack folder, printing every diagnostic as <c>file(line,col): ID message</c>; null when it is refused.</summary>
    public static LoadedRulePack? Load(string folder, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"dealrules: the rules folder {Echo.Printable(folder)} does not exist.");
            return null;
        }

        var loaded = new RulePackLoader().Load(folder);
        foreach (var warning in loaded.Warnings)
        {
            console.Error.WriteLine($"{(warning with { File = Path.Combine(folder, warning.File) })} (warning)");
        }

        foreach (var error in loaded.Errors)
        {
            console.Error.WriteLine(error with { File = Path.Combine(folder, error.File) });
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
