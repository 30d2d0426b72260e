using DealRules.Authoring;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Portfolios;
using DealRules.Profiles;
using DealRules.Reporting;
using Profile = DealRules.Profiles.Profile;

namespace DealRules.Cli.Commands;

/// <summary>
/// One <c>evaluate</c> run: inputs gathered and read once, the output target checked before any work,
/// every document checked alone and against the others (nothing is evaluated when any is bad), then
/// evaluated in batches of documents that share parties, findings held on disk, and the report
/// written whole or not at all. An interruption stops it between documents, batches or findings and
/// leaves nothing behind.
/// </summary>
internal sealed partial class EvaluateRun(EvaluateOptions options, CliConsole console, Func<RulePack> rules)
{
    /// <summary>Progress is shown (on a terminal's standard error) from this many documents on.</summary>
    private const int ProgressThreshold = 50;

    /// <summary>About how many documents are evaluated between two steps of the progress display.</summary>
    private const int ProgressStep = 100;

    private readonly List<DocumentProblem> problems = [];

    public int Run()
    {
        try
        {
            return Evaluate();
        }
        catch (OperationCanceledException) when (console.Interrupted.IsCancellationRequested)
        {
            console.Error.WriteLine("dealrules: interrupted; nothing was written.");
            return 130;
        }
    }

    private int Evaluate()
    {
        if (options.FailOnNew is not null && options.Baseline is null)
        {
            return Usage("--fail-on-new needs --baseline: new findings are those not in an earlier report");
        }

        if (options.Rules.UsageError is { } usage)
        {
            return Usage(usage);
        }

        if (options.Rules.Folder is not null && !options.Rules.NoCatalog)
        {
            // With a pack, the catalog compiles on this thread; the reader's first-run cost is paid on another core meanwhile.
            // The catalog alone compiles in the background instead (CatalogInBackground), while this thread reads.
            ReadingWarmUp.Start();
        }

        IDealEvaluator evaluator;
        try
        {
            // The catalog alone compiles while the documents are read (CatalogInBackground).
            if ((options.Rules.Folder is null ? new CatalogInBackground(rules()) : options.Rules.Open(rules, console)) is not { } opened)
            {
                return ExitCodes.RulesFailed;
            }

            evaluator = opened;
        }
        catch (Exception e) when (e is RulePackException or RulePackFailedException)
        {
            return RuleSources.Failed(e, console);
        }

        try
        {
            return Evaluate(evaluator);
        }
        catch (RulePackException e)
        {
            return RuleSources.Failed(e, console);
        }
        catch (RulePackFailedException e)
        {
            console.Error.WriteLine($"dealrules: {e.Message} Nothing was written.");
            return ExitCodes.RulesFailed;
        }
        finally
        {
            (evaluator as IDisposable)?.Dispose();
        }
    }

    private int Evaluate(IDealEvaluator evaluator)
    {
        var sources = Sources();
        var target = PrepareTarget(sources);
        if (options.Output is not null && target is null)
        {
            _ = Compiled(evaluator);
            return ExitCodes.BadInput;
        }

        Profile? profile = null;
        if (options.Profile is { } profilePath)
        {
            var read = ProfileReader.ReadFile(profilePath, evaluator.Pack, FileReadOptions.AllowPipes);
            problems.AddRange(read.Problems);
            profile = read.Profile;
        }

        Baseline? baseline = null;
        if (options.Baseline is { } baselinePath)
        {
            baseline = Baseline.ReadFile(baselinePath, FileReadOptions.AllowPipes, out var baselineProblems);
            problems.AddRange(baselineProblems);
        }

        if (problems.Count > 0)
        {
            _ = Compiled(evaluator);
            return ProblemPrinter.Print(problems, console);
        }

        // JSON is rendered as findings are spooled, on every core, so that writing the report only copies it.
        using var spool = new ReportSpool(null, renderJson: options.Format == ReportFormat.Json);
        console.TrackTemporary(spool.FilePath, true);
        try
        {
            var dealFiles = new Dictionary<string, SarifReportWriter.DealFile>(StringComparer.Ordinal);
            // The formats for people draw the money-flow graph: built batch by batch from the same documents, put together at the end.
            // Markdown draws only the loops its findings name, so it needs only the groups that hold a loop.
            var graph = options.Format is ReportFormat.Html or ReportFormat.Markdown
                ? new GraphParts(GraphReadings.For(evaluator.Pack, profile ?? evaluator.DefaultProfile) with { LoopsOnly = options.Format == ReportFormat.Markdown })
                : null;
            EvaluateSources(sources, evaluator, profile, spool, dealFiles, graph);
            if (problems.Count > 0)
            {
                _ = Compiled(evaluator);
                return ProblemPrinter.Print(problems, console);
            }

            try
            {
                Write(spool, evaluator.Pack, target, baseline, dealFiles, graph?.Whole());
            }
            catch (Exception e) when (e is IOException and not OutputClosedException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"dealrules: {Echo.Printable(options.Output ?? "standard output")}: the report could not be written: {e.Message}");
                return ExitCodes.BadInput;
            }

            if (spool.Errors.Count > 0)
            {
                console.Error.WriteLine($"dealrules: {TerminalText.Count(spool.Errors.Count, "rule error", "rule errors")}; the other rules ran and their findings are in the report.");
                return ExitCodes.RulesFailed;
            }

            return FailureGate.Check(options, console, spool, baseline);
        }
        finally
        {
            spool.Dispose();
            console.TrackTemporary(spool.FilePath, false);
        }
    }

    /// <summary>The documents to read: the paths named, or standard input when something is piped in, or the sample.</summary>
    private InputSource[] Sources()
    {
        if (options.Paths.Count == 0)
        {
            if (console.StandardInput is not null)
            {
                return [new InputSource(InputSource.StandardInputName, InputOrigin.StandardInput, StandardInputIdentity()) { Implicit = true }];
            }

            var shipped = SampleDeal.Sources();
            console.Error.WriteLine(SampleDeal.Notice(shipped.Count));
            return shipped.Select(name => new InputSource(name, InputOrigin.Sample, null)).ToArray();
        }

        var gathered = InputGathering.Gather(options.Paths, options.Excludes);
        foreach (var skipped in gathered.Skipped)
        {
            console.Error.WriteLine($"dealrules: skipped {Echo.Printable(skipped.Path)}: {skipped.Reason}");
        }

        problems.AddRange(gathered.Problems);
        return gathered.Sources
            .Select(s => s.Origin == InputOrigin.StandardInput ? s with { Identity = StandardInputIdentity() } : s)
            .ToArray();
    }

    /// <summary>Standard input's file, when it is a regular one (<c>&lt; deal.json</c>): the one kind an output could destroy.</summary>
    private FileIdentity? StandardInputIdentity() =>
        console.StandardInput is not null && FileStatus.Of("/dev/stdin", followLinks: true, out _) is { Kind: FileKind.RegularFile } status ? status.Identity : null;

    /// <summary>Checks <c>--output</c> before anything is read: never one of the inputs, and writable as the shell's &gt; would find it.</summary>
    private ReportTarget? PrepareTarget(InputSource[] sources)
    {
        if (options.Output is not { } path)
        {
            return null;
        }

        var inputs = new Dictionary<FileIdentity, string>();
        foreach (var source in sources.Where(s => s.Identity is not null))
        {
            inputs.TryAdd(source.Identity!.Value, source.Name);
        }

        foreach (var named in new[] { options.Profile, options.Baseline }.OfType<string>())
        {
            if (FileStatus.Of(named, followLinks: true, out _) is { } status)
            {
                inputs.TryAdd(status.Identity, named);
            }
        }

        var target = ReportTarget.Prepare(path, inputs, out var problem);
        if (target is null)
        {
            console.Error.WriteLine($"dealrules: --output {Echo.Printable(path)}: {problem}.");
        }

        return target;
    }

    /// <summary>Reads and checks every document once, then evaluates them batch by batch of documents that share parties, each batch's findings going to the spool.</summary>
    private void EvaluateSources(
        InputSource[] sources, IDealEvaluator evaluator, Profile? profile, ReportSpool spool, Dictionary<string, SarifReportWriter.DealFile> dealFiles,
        GraphParts? graph)
    {
        if (problems.Count > 0)
        {
            return;
        }

        ProgressDisplay.Run(console, console.ErrorIsTerminal && sources.Length >= ProgressThreshold, sources.Length, progress =>
        {
            var portfolio = CheckedDocuments.Check(sources, () => console.StandardInput, options.Format == ReportFormat.Sarif, done => progress.Checked(done), console.Interrupted);
            foreach (var warning in portfolio.Warnings)
            {
                console.Error.WriteLine($"warning: {warning}");
            }

            problems.AddRange(portfolio.Problems);
            if (problems.Count > 0)
            {
                return;
            }

            foreach (var document in portfolio.Documents.Where(d => d.Positions is not null))
            {
                dealFiles[document.DealId] = new SarifReportWriter.DealFile(document.Source, document.Positions!);
            }

            problems.AddRange(portfolio.Evaluate(Compiled(evaluator), spool, new PortfolioEvaluationOptions
            {
                Profile = profile,
                Filter = options.RuleIds.Count == 0 && options.MinSeverity is null ? null : Wanted,
                BatchEvaluated = graph is null ? null : graph.Add,
                Progress = progress.Shown ? progress.Evaluated : null,
                ProgressStep = ProgressStep,
            }, console.Interrupted));
        });
    }

    /// <summary>The evaluator, the catalog compiled if it was compiling in the background: a catalog that does not compile is reported before any problem of the inputs, as when it was compiled first.</summary>
    private static IDealEvaluator Compiled(IDealEvaluator evaluator) => evaluator is CatalogInBackground catalog ? catalog.Compiled : evaluator;

    /// <summary>Whether --rule and --min-severity ask for a finding.</summary>
    private bool Wanted(Finding finding) =>
        (options.RuleIds.Count == 0 || options.RuleIds.Contains(finding.RuleId, StringComparer.OrdinalIgnoreCase))
        && (options.MinSeverity is not { } minimum || finding.Severity >= minimum);

    private int Usage(string message)
    {
        console.Error.WriteLine($"dealrules: {message}");
        console.Error.WriteLine("Run 'dealrules evaluate --help' for usage.");
        return ExitCodes.BadInput;
    }
}
