using System.CommandLine;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Observation;
using DealRules.Profiles;

namespace DealRules.Cli.Commands;

/// <summary>
/// <c>dealrules explain RULE PATH…</c>: evaluates the documents as one portfolio while NRules' own
/// events are observed, and shows for the rule which candidate facts reached which condition, the
/// first condition that failed for each, and the values it compared.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var rule = new Argument<string>("RULE") { Description = "The id of the rule to explain (CIRC001)." };
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Deal documents or folders, evaluated together as one portfolio, as evaluate does (a test case's expected.json and profile.json are left out).",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var profile = Choices.File("--profile", "A JSON file of parameter values to use instead of the defaults.");
        var format = Choices.Of("--format", "text (default) or json.", ["json", "text"], "-f");
        var sources = new RuleSourceOptions();
        var command = new Command("explain", "Explain why a rule fired or did not on some documents: each candidate fact, each condition it reached, the first that failed and the values it compared.")
        {
            rule, paths, profile, format,
        };
        sources.AddTo(command);
        command.SetAction(parse => Run(
            parse.GetValue(rule)!, parse.GetValue(paths) ?? [], parse.GetValue(profile), parse.GetValue(format) == "json", sources.Read(parse), console, rules));
        return command;
    }

    private static int Run(string ruleId, IReadOnlyList<string> paths, string? profilePath, bool json, RuleSources sources, CliConsole console, Func<RulePack> rules)
    {
        if ((sources.UsageError ?? ObservationUsage(sources, "explain")) is { } usage)
        {
            console.Error.WriteLine($"dealrules: {usage}");
            return ExitCodes.BadInput;
        }

        IDealEvaluator? evaluator = null;
        try
        {
            evaluator = sources.Open(rules, console);
            if (evaluator is not IObservableEvaluator observable)
            {
                return ExitCodes.RulesFailed;
            }

            if (evaluator.Pack.Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase)) is not { } info)
            {
                console.Error.WriteLine($"dealrules: no rule '{Echo.Printable(ruleId)}'; the rules are {string.Join(", ", evaluator.Pack.Rules.Select(r => r.Id))}.");
                return ExitCodes.BadInput;
            }

            // A test case's folder can be explained as it is: its expectation and profile are not documents.
            var (documents, problems) = DocumentInputs.Read(paths, console, TestCases.ExpectedFileName, TestCases.ProfileFileName);
            var checkedProfile = ReadProfile(profilePath, evaluator.Pack, problems);
            if (checkedProfile.Problems.Count > 0)
            {
                return ProblemPrinter.Print(checkedProfile.Problems, console);
            }

            var observer = EvaluationObserver.ForExplanation(info.Id);
            observable.Evaluate(documents, checkedProfile.Profile, observer, console.Interrupted);
            var explanation = observer.Explanations().Single();
            if (json)
            {
                console.Out.Write(JsonSerializer.Serialize(explanation, ExplanationText.Json) + "\n");
            }
            else
            {
                ExplanationText.Write(explanation, documents.Count, console.Out);
            }

            console.Out.Flush();
            return ExitCodes.Success;
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

    /// <summary>Observing listens to the rules' session, which a pack in its confined worker does not share.</summary>
    public static string? ObservationUsage(RuleSources sources, string what) => sources.Folder is not null && !sources.InProcess
        ? $"{what} observes the rules' own NRules session, and a --rules pack runs in a confined worker where it cannot be observed: add --rules-in-process for source you trust (it then runs in this process, without the worker's limits), or leave out --rules"
        : null;

    /// <summary>The --profile file checked against the pack, with the problems so far.</summary>
    public static (Profile? Profile, IReadOnlyList<DocumentProblem> Problems) ReadProfile(string? path, RulePack pack, IReadOnlyList<DocumentProblem> problems)
    {
        if (path is null)
        {
            return (null, problems);
        }

        var read = ProfileReader.ReadFile(path, pack, FileReadOptions.AllowPipes);
        return (read.Profile, [.. problems, .. read.Problems]);
    }
}
