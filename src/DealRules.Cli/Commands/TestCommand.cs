using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Observation;

namespace DealRules.Cli.Commands;

/// <summary>
/// <c>dealrules test DIR</c>: runs a folder of test cases (<see cref="TestCases"/>), prints what differs
/// from each case's expected findings, exits 1 on any difference; <c>--update</c> writes the current
/// findings as the new expectations; <c>--coverage</c> shows which rules fired and which conditions
/// were seen true and false over the cases, and the thresholds fail the run below them.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var folder = new Argument<string>("DIR") { Description = "A folder of test cases: each subfolder holds its documents, optionally profile.json, and expected.json." };
        var update = new Option<bool>("--update") { Description = "Write each case's current findings to its expected.json (snapshot style) instead of comparing." };
        var coverage = new Option<bool>("--coverage") { Description = "Show which rules fired and which conditions were seen true and false over the cases." };
        var minRules = Percent("--min-coverage", "Fail (exit 1) when fewer than this percentage of the rules fired over the cases; implies --coverage.");
        var minConditions = Percent("--min-condition-coverage", "Fail (exit 1) when fewer than this percentage of condition outcomes (each condition true, each false) were seen; implies --coverage.");
        var format = Choices.Of("--format", "text (default) or json.", ["json", "text"], "-f");
        var sources = new RuleSourceOptions();
        var command = new Command("test", "Run a folder of test cases: each case's documents evaluated and their findings compared with its expected.json.")
        {
            folder, update, coverage, minRules, minConditions, format,
        };
        sources.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new TestOptions(
                parse.GetValue(folder)!,
                parse.GetValue(update),
                parse.GetValue(coverage) || parse.GetValue(minRules) is not null || parse.GetValue(minConditions) is not null,
                parse.GetValue(minRules),
                parse.GetValue(minConditions),
                parse.GetValue(format) == "json",
                sources.Read(parse));
            return Run(options, console, rules);
        });
        return command;
    }

    private static Option<decimal?> Percent(string name, string description)
    {
        var option = new Option<decimal?>(name) { Description = description, HelpName = "PERCENT" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<decimal?>() is { } value && (value < 0 || value > 100))
            {
                result.AddError($"{name} must be between 0 and 100.");
            }
        });
        return option;
    }

    private static int Run(TestOptions options, CliConsole console, Func<RulePack> rules)
    {
        if ((options.Rules.UsageError ?? (options.Coverage ? ExplainCommand.ObservationUsage(options.Rules, "coverage") : null)) is { } usage)
        {
            console.Error.WriteLine($"dealrules: {usage}");
            return ExitCodes.BadInput;
        }

        if (!Directory.Exists(options.Folder))
        {
            console.Error.WriteLine($"dealrules: the test folder {Echo.Printable(options.Folder)} does not exist.");
            return ExitCodes.BadInput;
        }

        IDealEvaluator? evaluator = null;
        try
        {
            evaluator = options.Rules.Open(rules, console);
            if (evaluator is null)
            {
                return ExitCodes.RulesFailed;
            }

            var observer = options.Coverage ? EvaluationObserver.ForCoverage() : null;
            var results = new List<CaseResult>();
            var problems = new List<DocumentProblem>();
            foreach (var folder in TestCases.Find(options.Folder))
            {
                console.Interrupted.ThrowIfCancellationRequested();
                if (RunCase(folder, options, evaluator, observer, console, problems) is { } result)
                {
                    results.Add(result);
                }
            }

            if (problems.Count > 0)
            {
                return ProblemPrinter.Print(problems, console);
            }

            var coverage = observer?.Coverage();
            var failed = results.Count(r => !r.Passed);
            if (options.Json)
            {
                console.Out.Write(JsonSerializer.Serialize(new TestRunJson(results.Count - failed, failed, results, coverage), ExplanationText.Json) + "\n");
            }
            else
            {
                WriteText(results, coverage, options.Update, console.Out);
            }

            console.Out.Flush();
            var belowThreshold = coverage is not null && BelowThreshold(coverage, options, console);
            return failed > 0 || belowThreshold ? ExitCodes.FindingAtThreshold : ExitCodes.Success;
        }
        catch (Exception e) when (e is RulePackException or RulePackFailedException)
        {
            return RuleSources.Failed(e, console);
        }
        catch (OperationCanceledException) when (console.Interrupted.IsCancellationRequested)
        {
            console.Error.WriteLine("dealrules: interrupted.");
            return 130;
        }
        finally
        {
            (evaluator as IDisposable)?.Dispose();
        }
    }

    private static CaseResult? RunCase(string folder, TestOptions options, IDealEvaluator evaluator, EvaluationObserver? observer, CliConsole console, List<DocumentProblem> problems)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var (documents, readProblems) = DocumentInputs.Read([folder], console, TestCases.ExpectedFileName, TestCases.ProfileFileName);
        var profilePath = Path.Combine(folder, TestCases.ProfileFileName);
        var (profile, allProblems) = ExplainCommand.ReadProfile(File.Exists(profilePath) ? profilePath : null, evaluator.Pack, readProblems);
        if (allProblems.Count > 0)
        {
            problems.AddRange(allProblems);
            return null;
        }

        var report = observer is not null && evaluator is IObservableEvaluator observable
            ? observable.Evaluate(documents, profile, observer, console.Interrupted)
            : evaluator.Evaluate(documents, profile, console.Interrupted);
        var actual = report.Findings.Select(ExpectedFinding.Of).ToArray();
        var errors = report.Errors.Select(e => $"{e.RuleId} threw on {string.Join(", ", e.DealIds)}: {e.Message}").ToArray();
        var expectedPath = Path.Combine(folder, TestCases.ExpectedFileName);
        if (options.Update)
        {
            var bytes = TestCases.Write(actual);
            var changed = !File.Exists(expectedPath) || !File.ReadAllBytes(expectedPath).AsSpan().SequenceEqual(bytes);
            if (changed)
            {
                File.WriteAllBytes(expectedPath, bytes);
            }

            return new CaseResult(name, documents.Count, actual.Length, errors.Length == 0, changed, [], errors);
        }

        if (!File.Exists(expectedPath))
        {
            return new CaseResult(name, documents.Count, actual.Length, false, false, [], [$"no {TestCases.ExpectedFileName}: run 'dealrules test --update' to write the current findings as the expectation"]);
        }

        var (expected, problem) = TestCases.Read(expectedPath);
        if (problem is not null)
        {
            problems.Add(problem);
            return null;
        }

        var differences = TestCases.Compare(expected!, actual);
        return new CaseResult(name, documents.Count, actual.Length, differences.Count == 0 && errors.Length == 0, false,
            differences.Select(d => new DifferenceJson(Wording.Name(d.Kind), d.Expected, d.Actual, d.Lines().ToArray())).ToArray(), errors);
    }

    private static void WriteText(IReadOnlyList<CaseResult> results, CoverageReport? coverage, bool update, TextWriter output)
    {
        foreach (var result in results)
        {
            var status = update ? (result.Updated ? "updated" : "same") : result.Passed ? "ok" : "FAIL";
            output.WriteLine($"{status,-7} {TerminalText.Plain(result.Case)}: {TerminalText.Count(result.Documents, "document", "documents")}, {TerminalText.Count(result.Findings, "finding", "findings")}");
            foreach (var line in result.Differences.SelectMany(d => d.Lines))
            {
                output.WriteLine("  " + line);
            }

            foreach (var error in result.Errors)
            {
                output.WriteLine("  ! " + TerminalText.Plain(error));
            }
        }

        var failed = results.Count(r => !r.Passed);
        output.WriteLine(update
            ? $"{TerminalText.Count(results.Count, "case", "cases")}: {results.Count(r => r.Updated)} updated, {results.Count(r => !r.Updated)} unchanged."
            : $"{TerminalText.Count(results.Count, "case", "cases")}: {results.Count - failed} passed, {failed} failed.");
        if (coverage is not null)
        {
            CoverageText.Write(coverage, output);
        }
    }

    private static bool BelowThreshold(CoverageReport coverage, TestOptions options, CliConsole console)
    {
        var below = false;
        if (options.MinRuleCoverage is { } rules && coverage.RulePercent < rules)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dealrules: rule coverage {coverage.RulePercent:0.0}% is under --min-coverage {rules}; never fired: {string.Join(", ", coverage.NeverFired.Select(r => r.RuleId))}."));
            below = true;
        }

        if (options.MinConditionCoverage is { } conditions && coverage.ConditionPercent < conditions)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dealrules: condition coverage {coverage.ConditionPercent:0.0}% is under --min-condition-coverage {conditions}."));
            below = true;
        }

        return below;
    }

    private sealed record TestOptions(string Folder, bool Update, bool Coverage, decimal? MinRuleCoverage, decimal? MinConditionCoverage, bool Json, RuleSources Rules);

    private sealed record CaseResult(string Case, int Documents, int Findings, bool Passed, bool Updated, IReadOnlyList<DifferenceJson> Differences, IReadOnlyList<string> Errors);

    private sealed record DifferenceJson(string Kind, ExpectedFinding? Expected, ExpectedFinding? Actual, IReadOnlyList<string> Lines);

    private sealed record TestRunJson(int Passed, int Failed, IReadOnlyList<CaseResult> Cases, CoverageReport? Coverage);
}
