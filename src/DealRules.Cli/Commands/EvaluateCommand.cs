using System.CommandLine;
using System.Text;
using DealRules.Authoring;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;
using Spectre.Console;
using Profile = DealRules.Profiles.Profile;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules evaluate [PATH…]</c>: evaluates documents together as one portfolio.</summary>
internal static class EvaluateCommand
{
    private const int ProgressThreshold = 50;

    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Deal documents, or folders whose *.json files are all read. None: the sample deal shipped in the tool.",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var format = new Option<ReportFormat>("--format")
        {
            Description = "table (default, for a terminal), json (the report) or markdown (for a review).",
            DefaultValueFactory = _ => ReportFormat.Table,
        };
        var profile = new Option<string?>("--profile") { Description = "A JSON file of parameter values to use instead of the defaults.", HelpName = "FILE" };
        var failOn = new Option<Severity?>("--fail-on") { Description = "Exit 1 when any finding is at or above this severity.", HelpName = "SEVERITY" };
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };

        var command = new Command("evaluate", "Evaluate deal documents together as one portfolio.") { paths, format, profile, failOn, output };
        command.SetAction(parse => Run(
            new EvaluateOptions(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(profile), parse.GetValue(failOn), parse.GetValue(output)),
            console,
            rules));
        return command;
    }

    private static int Run(EvaluateOptions options, CliConsole console, Func<RulePack> rules)
    {
        DealEvaluator evaluator;
        try
        {
            evaluator = new DealEvaluator(rules());
        }
        catch (RulePackException e)
        {
            console.Error.WriteLine($"dealrules: the rules failed to load: {e.Message}");
            return ExitCodes.RulesFailed;
        }

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
        var documents = options.Paths.Count == 0 ? DocumentSet.Sample() : ReadWithProgress(options.Paths, showProgress, console);
        problems.AddRange(documents.Problems);
        if (problems.Count > 0)
        {
            return ProblemPrinter.Print(problems, console);
        }

        var report = evaluator.Evaluate(documents.Documents, profile);
        Write(report, options, console);

        if (report.Errors.Count > 0)
        {
            console.Error.WriteLine($"dealrules: {report.Errors.Count} rule {(report.Errors.Count == 1 ? "error" : "errors")}; the other rules ran and their findings are in the report.");
            return ExitCodes.RulesFailed;
        }

        return options.FailOn is { } threshold && report.Findings.Any(f => f.Severity >= threshold)
            ? ExitCodes.FindingAtThreshold
            : ExitCodes.Success;
    }

    private static DocumentSet ReadWithProgress(IReadOnlyList<string> paths, bool showProgress, CliConsole console)
    {
        if (!showProgress)
        {
            return DocumentSet.Read(paths);
        }

        DocumentSet? documents = null;
        console.Progress().Progress()
            .AutoClear(true)
            .Start(context =>
            {
                ProgressTask? task = null;
                documents = DocumentSet.Read(paths, (done, total) =>
                {
                    if (total < ProgressThreshold)
                    {
                        return;
                    }

                    task ??= context.AddTask("Reading deal documents", maxValue: total);
                    task.Value = done;
                });
            });
        return documents!;
    }

    private static void Write(EvaluationReport report, EvaluateOptions options, CliConsole console)
    {
        if (options.Output is not { } path)
        {
            WriteTo(report, options.Format, console);
            return;
        }

        using var text = new StringWriter { NewLine = "\n" };
        WriteTo(report, options.Format, console with { Out = text, IsTerminal = false });
        var temporary = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteTo(EvaluationReport report, ReportFormat format, CliConsole console)
    {
        switch (format)
        {
            case ReportFormat.Json:
                console.Out.Write(ReportJsonWriter.ToJson(report));
                break;
            case ReportFormat.Markdown:
                console.Out.Write(MarkdownReportWriter.Write(report));
                break;
            default:
                TableReportRenderer.Render(report, console.Rich());
                break;
        }

        console.Out.Flush();
    }

    private sealed record EvaluateOptions(IReadOnlyList<string> Paths, ReportFormat Format, string? Profile, Severity? FailOn, string? Output);
}
