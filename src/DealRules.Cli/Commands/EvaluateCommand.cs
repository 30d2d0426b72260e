using System.CommandLine;
using System.Text;
using DealRules.Authoring;
using DealRules.Compilation;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Graphs;
using DealRules.Profiles;
using DealRules.Reporting;
using DealRules.Reporting.Html;
using Spectre.Console;
using Profile = DealRules.Profiles.Profile;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules evaluate [PATH…]</c>: evaluates documents together as one portfolio.</summary>
internal static class EvaluateCommand
{
    private const int ProgressThreshold = 50;

    /// <summary>How many documents at most are read into memory at once when evaluating files.</summary>
    private const int DocumentsInMemory = 2_000;

    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Deal documents, or folders whose *.json files are all read. None: the real deals shipped in the tool (rules/deals).",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var format = new Option<ReportFormat>("--format")
        {
            Description = "table (default, for a terminal), json (the report), markdown (for a review) or html (one self-contained file with the money-flow graph).",
            DefaultValueFactory = _ => ReportFormat.Table,
        };
        var profile = new Option<string?>("--profile") { Description = "A JSON file of parameter values to use instead of the defaults.", HelpName = "FILE" };
        var failOn = new Option<Severity?>("--fail-on") { Description = "Exit 1 when any finding is at or above this severity.", HelpName = "SEVERITY" };
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var rulesFolder = new Option<string?>("--rules")
        {
            Description = "Compile the rule pack in this folder of C# files (and its profile.json) instead of the shipped catalog; it runs in a confined worker process under the limits below.",
            HelpName = "DIR",
        };
        var limits = new SandboxOptions();

        var command = new Command("evaluate", "Evaluate deal documents together as one portfolio.") { paths, format, profile, failOn, output, rulesFolder };
        limits.AddTo(command);
        command.SetAction(parse => Run(
            new EvaluateOptions(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(profile), parse.GetValue(failOn), parse.GetValue(output), parse.GetValue(rulesFolder), limits.Read(parse)),
            console,
            rules));
        return command;
    }

    private static int Run(EvaluateOptions options, CliConsole console, Func<RulePack> rules)
    {
        IDealEvaluator evaluator;
        try
        {
            if (options.Rules is { } folder)
            {
                if (LoadPack(folder, options.Limits, console) is not { } loaded)
                {
                    return ExitCodes.RulesFailed;
                }

                evaluator = new RulePackHost(loaded.Pack!, loaded.Profile, RulePackIsolation.Process, options.Limits);
            }
            else
            {
                evaluator = new DealEvaluator(rules());
            }
        }
        catch (RulePackException e)
        {
            console.Error.WriteLine($"dealrules: the rules failed to load: {e.Message}");
            return ExitCodes.RulesFailed;
        }
        catch (RulePackFailedException e)
        {
            console.Error.WriteLine($"dealrules: {e.Message}");
            return ExitCodes.RulesFailed;
        }

        try
        {
            return Run(options, console, evaluator);
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

    private static int Run(EvaluateOptions options, CliConsole console, IDealEvaluator evaluator)
    {

        var problems = new List<DocumentProblem>();
        if (options.Output is { } outputPath && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(outputPath))))
        {
            problems.Add(new DocumentProblem(outputPath, "$", "the folder to write the report into does not exist"));
        }

        Profile? profile = null;
        if (options.Profile is { } profilePath)
        {
            var read = ProfileReader.ReadFile(profilePath, evaluator.Pack);
            problems.AddRange(read.Problems);
            profile = read.Profile;
        }

        var showProgress = console.IsTerminal && options.Format != ReportFormat.Json && options.Output is null;
        using var spool = new ReportSpool();
        // The formats for people draw the money-flow graph: built batch by batch from the same documents, put together at the end.
        var graphs = options.Format is ReportFormat.Html or ReportFormat.Markdown ? new List<MoneyGraph>() : null;
        var graphOptions = GraphReadings.For(evaluator.Pack, profile ?? evaluator.DefaultProfile);
        if (options.Paths.Count == 0)
        {
            if (problems.Count == 0)
            {
                var corpus = SampleDeal.Read();
                console.Error.WriteLine(SampleDeal.Announcement(corpus.Count));
                Hold(spool, evaluator.Evaluate(corpus, profile), problems);
                graphs?.Add(MoneyGraph.Of(corpus, graphOptions));
            }
        }
        else
        {
            EvaluateFiles(options.Paths, evaluator, profile, spool, problems, showProgress, console,
                graphs is null ? null : documents => graphs.Add(MoneyGraph.Of(documents, graphOptions)));
        }

        if (problems.Count > 0)
        {
            return ProblemPrinter.Print(problems, console);
        }

        try
        {
            Write(spool, graphs is null ? null : MoneyGraph.Combine(graphs), options, console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"dealrules: {options.Output ?? "the report"}: the report could not be written: {e.Message}");
            return ExitCodes.BadInput;
        }

        if (spool.Errors.Count > 0)
        {
            console.Error.WriteLine($"dealrules: {spool.Errors.Count} rule {(spool.Errors.Count == 1 ? "error" : "errors")}; the other rules ran and their findings are in the report.");
            return ExitCodes.RulesFailed;
        }

        return options.FailOn is { } threshold && spool.BySeverity.Any(s => s.Key >= threshold && s.Value > 0)
            ? ExitCodes.FindingAtThreshold
            : ExitCodes.Success;
    }

    /// <summary>Compiles a pack folder, printing every diagnostic as <c>file(line,col): ID message</c>; null when it is refused.</summary>
    private static LoadedRulePack? LoadPack(string folder, SandboxLimits limits, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"dealrules: the rules folder {folder} does not exist.");
            return null;
        }

        var loaded = new RulePackLoader(limits, RulePackLoader.DefaultCacheFolder).Load(folder);
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
            console.Error.WriteLine($"dealrules: the rule pack in {folder} was refused; nothing was evaluated.");
        }

        return loaded.Pack is null ? null : loaded;
    }

    /// <summary>
    /// Checks every file first, keeping only what joins them (nothing is evaluated when any file is
    /// bad), then reads and evaluates them again group by group of files that share parties, putting
    /// each group's findings on disk: memory holds one batch of documents, however many files there are.
    /// </summary>
    private static void EvaluateFiles(
        IReadOnlyList<string> paths, IDealEvaluator evaluator, Profile? profile, ReportSpool spool, List<DocumentProblem> problems, bool showProgress, CliConsole console,
        Action<IReadOnlyCollection<DealDocument>>? evaluated)
    {
        var (files, missing) = DocumentFiles.Expand(paths);
        problems.AddRange(missing);
        var (accepted, invalid) = WithProgress(showProgress && files.Count >= ProgressThreshold, console, "Checking deal documents", files.Count,
            progress => DocumentFiles.Check(files, progress));
        problems.AddRange(invalid);
        if (problems.Count > 0)
        {
            return;
        }

        var batches = PortfolioComponents.Batches(PortfolioComponents.Of(accepted, f => f.Parties), DocumentsInMemory).ToArray();
        WithProgress(showProgress && files.Count >= ProgressThreshold, console, "Evaluating", batches.Length, progress =>
        {
            for (var i = 0; i < batches.Length; i++)
            {
                var (documents, changed) = DocumentFiles.Load(batches[i]);
                problems.AddRange(changed);
                if (problems.Count == 0)
                {
                    Hold(spool, evaluator.Evaluate(documents, profile), problems);
                    evaluated?.Invoke(documents);
                }

                progress(i + 1, batches.Length);
            }

            return true;
        });
    }

    /// <summary>Adds a part to the spool; a temporary folder that cannot take its findings is a problem, not a crash.</summary>
    private static void Hold(ReportSpool spool, EvaluationReport part, List<DocumentProblem> problems)
    {
        try
        {
            spool.Add(part);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DocumentProblem(Path.GetTempPath(), "$", $"the findings cannot be held in this temporary folder (set TMPDIR to another): {e.Message}"));
        }
    }

    private static T WithProgress<T>(bool show, CliConsole console, string description, int total, Func<Action<int, int>, T> work)
    {
        if (!show)
        {
            return work((_, _) => { });
        }

        T result = default!;
        console.Progress().Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(description, maxValue: total);
            result = work((done, _) => task.Value = done);
        });
        return result;
    }

    /// <summary>Writes the report: JSON straight from the spool, finding after finding; the formats for people from the report in memory.</summary>
    private static void Write(ReportSpool spool, MoneyGraph? graph, EvaluateOptions options, CliConsole console)
    {
        if (options.Output is not { } path)
        {
            WriteTo(spool, graph, options.Format, console);
            return;
        }

        // Written aside and moved into place: a reader never sees half a report, and a failure leaves
        // whatever was at the path untouched.
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = File.Create(temporary))
            {
                if (options.Format == ReportFormat.Json)
                {
                    spool.WriteJson(file);
                }
                else
                {
                    using var text = new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" };
                    WriteTo(spool, graph, options.Format, console with { Out = text, IsTerminal = false, StandardOutput = null });
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteTo(ReportSpool spool, MoneyGraph? graph, ReportFormat format, CliConsole console)
    {
        switch (format)
        {
            case ReportFormat.Json when console.StandardOutput is { } stream:
                console.Out.Flush();
                spool.WriteJson(stream);
                stream.Flush();
                break;
            case ReportFormat.Json:
                console.Out.Write(ReportJsonWriter.ToJson(spool.ToReport()));
                break;
            case ReportFormat.Markdown:
                console.Out.Write(MarkdownReportWriter.Write(spool.ToReport(), graph));
                break;
            case ReportFormat.Html:
                console.Out.Write(HtmlReportWriter.ToHtml(spool.ToReport(), graph ?? MoneyGraph.Of([])));
                break;
            default:
                TableReportRenderer.Render(spool.ToReport(), console.Rich());
                break;
        }

        console.Out.Flush();
    }

    private sealed record EvaluateOptions(IReadOnlyList<string> Paths, ReportFormat Format, string? Profile, Severity? FailOn, string? Output, string? Rules, SandboxLimits Limits);
}
