using System.CommandLine;
using DealRules.Authoring;
using DealRules.Compilation;
using DealRules.Engine;
using DealRules.Input;

namespace DealRules.Cli.Commands;

/// <summary>
/// Which rules a command runs: the shipped catalog, a <c>--rules</c> pack from source beside it, or
/// that pack alone (<c>--no-catalog</c>). The catalog runs in this process; the pack runs in its
/// confined worker under the <c>--rules-…</c> limits, or in this process with <c>--rules-in-process</c>
/// (trusted source: what explain and coverage of a pack from source need).
/// </summary>
internal sealed class RuleSourceOptions
{
    private readonly Option<string?> folder = Choices.File("--rules",
        "Also run the rule pack in this folder of C# files (and its profile.json) beside the shipped catalog; it runs in a confined worker process under the --rules-… limits.", "DIR");

    private readonly Option<bool> noCatalog = new("--no-catalog")
    {
        Description = "Run only the --rules pack, not the shipped catalog.",
    };

    private readonly Option<bool> inProcess = new("--rules-in-process")
    {
        Description = "Run the --rules pack in this process, without its worker's confinement and limits: only for source you trust. Explain and coverage of a --rules pack need it.",
    };

    private readonly SandboxOptions limits = new();

    public void AddTo(Command command)
    {
        command.Options.Add(folder);
        command.Options.Add(noCatalog);
        command.Options.Add(inProcess);
        limits.AddTo(command);
    }

    public RuleSources Read(ParseResult parse) => new(parse.GetValue(folder), parse.GetValue(noCatalog), parse.GetValue(inProcess), limits.Read(parse));
}

/// <summary>The rules of one run, parsed.</summary>
/// <param name="Folder">The <c>--rules</c> folder; null for the catalog alone.</param>
/// <param name="NoCatalog">Leave the shipped catalog out.</param>
/// <param name="InProcess">Run the pack in this process.</param>
/// <param name="Limits">The limits the pack's worker runs under.</param>
internal sealed record RuleSources(string? Folder, bool NoCatalog, bool InProcess, SandboxLimits Limits)
{
    /// <summary>The catalog alone, with the default limits.</summary>
    public static readonly RuleSources CatalogOnly = new(null, false, false, SandboxLimits.Default);

    /// <summary>A usage error in the choice itself, or null.</summary>
    public string? UsageError => Folder is null && NoCatalog ? "--no-catalog needs --rules: without the catalog there would be no rules to run"
        : Folder is null && InProcess ? "--rules-in-process needs --rules"
        : null;

    /// <summary>
    /// The evaluator these rules make: the catalog's, the pack's, or both combined. Null when the pack
    /// was refused or the rules failed to load, which has been said on standard error (exit 3).
    /// </summary>
    /// <exception cref="RulePackFailedException">The worker compiling the pack died or overran a limit.</exception>
    public IDealEvaluator? Open(Func<RulePack> catalog, CliConsole console)
    {
        if (Folder is null)
        {
            return DealEvaluator.ForCatalog(catalog());
        }

        var catalogPack = NoCatalog ? null : catalog();
        if (RulePackFolder.Load(Folder, Limits, console) is not { } loaded)
        {
            return null;
        }

        var host = new RulePackHost(loaded.Pack!, loaded.Profile, InProcess ? RulePackIsolation.InProcess : RulePackIsolation.Process, Limits);
        if (catalogPack is null)
        {
            return host;
        }

        try
        {
            return new CombinedEvaluator([DealEvaluator.ForCatalog(catalogPack), host]);
        }
        catch (RulePackException)
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The catalog of these rules, for listing: the pack's is read from its compiled image, nothing runs. Null when refused (said on standard error).</summary>
    public RulePack? Describe(Func<RulePack> catalog, CliConsole console)
    {
        if (Folder is null)
        {
            return catalog();
        }

        var catalogPack = NoCatalog ? null : catalog();
        if (RulePackFolder.Load(Folder, Limits, console) is not { } loaded)
        {
            return null;
        }

        using var pack = loaded.Pack!;
        return catalogPack is null ? pack.Pack : RulePack.Combine([catalogPack, pack.Pack]);
    }

    /// <summary>Says why the rules could not run, for <see cref="RulePackException"/> and <see cref="RulePackFailedException"/>.</summary>
    public static int Failed(Exception e, CliConsole console)
    {
        console.Error.WriteLine(e is RulePackException ? $"dealrules: the rules failed to load: {Echo.Printable(e.Message)}" : $"dealrules: {e.Message}");
        return ExitCodes.RulesFailed;
    }
}
