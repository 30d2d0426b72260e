using System.CommandLine;
using System.Text;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Graphs;
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
            Description = "Deal documents, or folders whose *.json files are all read. None: the real deals shipped in the tool (rules/deals).",
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

    private static int Run(string[] paths, GraphFormat format, string? profilePath, string? output, CliConsole console, RulePack pack)
    {
        var problems = new List<DocumentProblem>();
        if (output is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(output))))
        {
            problems.Add(new DocumentProblem(output, "$", "the folder to write the graph into does not exist"));
        }

        Profile? profile = null;
        if (profilePath is not null)
        {
            var read = ProfileReader.ReadFile(profilePath, pack);
            problems.AddRange(read.Problems);
            profile = read.Profile;
        }

        IReadOnlyList<DealDocument> documents = [];
        if (paths.Length == 0)
        {
            documents = SampleDeal.Read();
            console.Error.WriteLine($"dealrules: no path given; drawing the {documents.Count} real deals shipped in the tool (rules/deals, public reporting 2019-2026). Name files or folders to draw your own.");
        }
        else
        {
            var (files, missing) = DocumentFiles.Expand(paths);
            problems.AddRange(missing);
            var (accepted, invalid) = DocumentFiles.Check(files);
            problems.AddRange(invalid);
            if (problems.Count == 0)
            {
                (documents, var changed) = DocumentFiles.Load(accepted);
                problems.AddRange(changed);
            }
        }

        problems.AddRange(PortfolioProblems.DuplicateDealIds(documents));
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
        if (output is null)
        {
            console.Out.Write(text);
            console.Out.Flush();
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"dealrules: {output}: the graph could not be written: {e.Message}");
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
