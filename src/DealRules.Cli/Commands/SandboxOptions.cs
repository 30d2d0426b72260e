using System.CommandLine;
using DealRules.Compilation;

namespace DealRules.Cli.Commands;

/// <summary>The limits a rule pack from <c>--rules</c> runs under, as options whose defaults <c>--help</c> shows.</summary>
internal sealed class SandboxOptions
{
    private readonly Option<int> compileTimeout = Seconds("--rules-compile-timeout", "How long compiling the --rules pack may take, in seconds.", SandboxLimits.Default.CompileTimeout);
    private readonly Option<int> timeout = Seconds("--rules-timeout", "How long the --rules pack may take to evaluate a batch of documents, in seconds.", SandboxLimits.Default.EvaluationTimeout);
    private readonly Option<int> memory = new("--rules-memory")
    {
        Description = "The memory the --rules pack's worker process may use, in MiB.",
        HelpName = "MIB",
        DefaultValueFactory = _ => (int)(SandboxLimits.Default.MemoryBytes >> 20),
    };

    private readonly Option<bool> unconfined = new("--rules-unconfined")
    {
        Description = "Run the --rules pack even where its worker cannot be confined by the kernel (Landlock, seccomp): only for source you trust.",
    };

    public SandboxOptions()
    {
        foreach (var option in new[] { compileTimeout, timeout, memory })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be 1 or more.");
                }
            });
        }
    }

    public void AddTo(Command command)
    {
        command.Options.Add(compileTimeout);
        command.Options.Add(timeout);
        command.Options.Add(memory);
        command.Options.Add(unconfined);
    }

    public SandboxLimits Read(ParseResult parse) => SandboxLimits.Default with
    {
        CompileTimeout = TimeSpan.FromSeconds(parse.GetValue(compileTimeout)),
        EvaluationTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
        MemoryBytes = (long)parse.GetValue(memory) << 20,
        RequireConfinement = !parse.GetValue(unconfined),
    };

    private static Option<int> Seconds(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        HelpName = "SECONDS",
        DefaultValueFactory = _ => (int)defaultValue.TotalSeconds,
    };
}
