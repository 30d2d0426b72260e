using System.CommandLine;
using DealRules.Cli.Output;
using DealRules.Engine;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules evaluate [PATH…]</c>: its options; <see cref="EvaluateRun"/> does the work.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Deal documents, folders (every *.json below them, hidden ones left out) or - for standard input. " +
                          "None: standard input when something is piped in, else the corpus of real deals shipped in the tool.",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var format = Choices.Of("--format", "The report's format (html: one self-contained file with the money-flow graph). Default: from the --output extension (.json, .md, .sarif, .html), else table.", ["html", "json", "markdown", "sarif", "table"], "-f");
        var profile = Choices.File("--profile", "A JSON file of parameter values to use instead of the defaults.");
        var failOn = Choices.Of("--fail-on", "Exit 1 when a finding is at or above this severity (the findings are named on standard error).", Choices.Severities);
        var failOnNew = Choices.Of("--fail-on-new", "Like --fail-on, counting only findings that are not in the --baseline report.", Choices.Severities);
        var output = Choices.File("--output", "Write the report to this file instead of standard output (never over an input; - is standard output).", "FILE", "-o");
        var ruleSources = new RuleSourceOptions();
        var baseline = Choices.File("--baseline", "An earlier JSON report: mark each finding new or unchanged, and list those gone (matched by rule, deals and parties).");
        var rule = new Option<string[]>("--rule")
        {
            Description = "Report only the findings of this rule (repeat for several).",
            HelpName = "ID",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var minSeverity = Choices.Of("--min-severity", "Report only findings at or above this severity.", Choices.Severities);
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out files and folders below a named folder that match this glob, relative to it (archive/**, **/draft-*.json); repeat for several.",
            HelpName = "GLOB",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("evaluate", "Evaluate deal documents together as one portfolio.")
        {
            paths, format, output, profile, failOn, failOnNew, baseline, rule, minSeverity, exclude,
        };
        ruleSources.AddTo(command);
        command.SetAction(parse =>
        {
            // "-o -" is standard output, as for most tools.
            var outputPath = parse.GetValue(output) is "-" ? null : parse.GetValue(output);
            var chosen = parse.GetValue(format) is { } name ? ReportFormats.Parse(name)
                : outputPath is not null && ReportFormats.FromExtension(outputPath) is { } inferred ? inferred
                : ReportFormat.Table;
            var options = new EvaluateOptions(
                parse.GetValue(paths) ?? [],
                chosen,
                parse.GetValue(profile),
                Choices.Severity(parse.GetValue(failOn)),
                Choices.Severity(parse.GetValue(failOnNew)),
                outputPath,
                ruleSources.Read(parse),
                parse.GetValue(baseline),
                parse.GetValue(rule) ?? [],
                Choices.Severity(parse.GetValue(minSeverity)),
                parse.GetValue(exclude) ?? []);
            return new EvaluateRun(options, console, rules).Run();
        });
        return command;
    }
}

/// <summary>The options of one <c>evaluate</c> run, parsed.</summary>
internal sealed record EvaluateOptions(
    IReadOnlyList<string> Paths,
    ReportFormat Format,
    string? Profile,
    Authoring.Severity? FailOn,
    Authoring.Severity? FailOnNew,
    string? Output,
    RuleSources Rules,
    string? Baseline,
    IReadOnlyList<string> RuleIds,
    Authoring.Severity? MinSeverity,
    IReadOnlyList<string> Excludes);
