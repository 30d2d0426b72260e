using System.CommandLine;
using System.Text;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Graphs;
using DealRules.Input;
using DealRules.Profiles;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules graph [PATH…]</c>: writes the money-flow graph of a portfolio for other tools (Graphviz, Mermaid, programs).</summary>
internal static class GraphCommand
{
    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Deal documents, folders (every *.json below them, hidden ones left out) or - for standard input. None: the real deals shipped in the tool (rules/deals).",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var format = new Option<GraphFormat>("--format")
        {
            Description = "dot (Graphviz, default), mermaid (Markdown renderers such as GitHub's) or json (for programs).",
            DefaultValueFactory = _ => GraphFormat.Dot,
        };
        var profile = new Option<string?>("--profile") { Description = "A JSON file of parameter values: the price of a gigawatt and the loop threshold come from it.", HelpName = "FILE" };
        var output = new Option<string?>("--output") { Description = "Write the graph to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("graph", "Write the money-flow graph of documents taken together: parties, investments and commitments, loops and spend-back pairs.")
        {
            paths, format, profile, output,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(profile), parse.GetValue(output), console, rules()));
        return command;
    }

    /// <summary>
    /// Reads the documents as <c>evaluate</c> does (each input once, regular files only, checked alone
    /// and together) and writes the graph where <c>--output</c> says, with <c>evaluate</c>'s care: never
    /// over an input, as the shell's <c>&gt;</c> would.
    /// </summary>
    private static int Run(string[] paths, GraphFormat format, string? profilePath, string? output, CliConsole console, RulePack pack)
    {
        var problems = new List<DocumentProblem>();
        Profile? profile = null;
        if (profilePath is not null)
        {
            var read = ProfileReader.ReadFile(profilePath, pack, FileReadOptions.AllowPipes);
            problems.AddRange(read.Problems);
            profile = read.Profile;
        }

        InputSource[] sources;
        if (paths.Length == 0)
        {
            var shipped = SampleDeal.Sources();
            console.Error.WriteLine($"dealrules: no path given; drawing the {shipped.Count} real deals shipped in the tool (rules/deals, public reporting 2019-2026). Name files or folders to draw your own.");
            sources = [.. shipped.Select(name => new InputSource(name, InputOrigin.Sample, null))];
        }
        else
        {
            var gathered = InputGathering.Gather(paths, []);
            foreach (var skipped in gathered.Skipped)
            {
                console.Error.WriteLine($"dealrules: skipped {Echo.Printable(skipped.Path)}: {skipped.Reason}");
            }

            problems.AddRange(gathered.Problems);
            sources = [.. gathered.Sources];
        }

        ReportTarget? target = null;
        if (output is not null)
        {
            var inputs = sources.Where(s => s.Identity is not null).GroupBy(s => s.Identity!.Value).ToDictionary(g => g.Key, g => g.First().Name);
            target = ReportTarget.Prepare(output, inputs, out var problem);
            if (target is null)
            {
                console.Error.WriteLine($"dealrules: --output {Echo.Printable(output)}: {problem}.");
                return ExitCodes.BadInput;
            }
        }

        IReadOnlyList<DealDocument> documents = [];
        if (problems.Count == 0)
        {
            var check = CheckedDocuments.Check(sources, () => console.StandardInput, wantPositions: false, _ => { }, console.Interrupted);
            problems.AddRange(check.Problems);
            if (problems.Count == 0)
            {
                documents = check.Documents.Select(d => d.Document).ToArray();
            }
        }

        if (problems.Count > 0)
        {
            return ProblemPrinter.Print(problems, console);
        }

        var graph = MoneyGraph.Of([.. documents], GraphReadings.For(pack, profile));
        var text = format switch
        {
            GraphFormat.Mermaid => MoneyGraphMermaidWriter.Write(graph),
            GraphFormat.Json => MoneyGraphJsonWriter.ToJson(graph),
            _ => MoneyGraphDotWriter.Write(graph),
        };
        if (target is null)
        {
            console.Out.Write(text);
            console.Out.Flush();
            return ExitCodes.Success;
        }

        try
        {
            target.Write(stream => stream.Write(Encoding.UTF8.GetBytes(text)), console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"dealrules: {Echo.Printable(output!)}: the graph could not be written: {e.Message}");
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    /// <summary>The formats <c>graph --format</c> writes.</summary>
    internal enum GraphFormat
    {
        /// <summary>Graphviz's DOT language.</summary>
        Dot,
        /// <summary>A Mermaid flowchart.</summary>
        Mermaid,
        /// <summary>JSON for programs.</summary>
        Json,
    }
}
