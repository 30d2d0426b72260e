using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Cli.Input;
using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Input;
using DealRules.Portfolios;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules validate [PATH…]</c>: checks documents only and lists every problem, as text or as JSON.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Deal documents, folders (every *.json below them) or - for standard input. None: standard input when something is piped in.",
        };
        paths.Validators.Add(PathArguments.RejectOptionLikeTokens);
        var format = Choices.Of("--format", "text (default: one line per problem on standard error) or json (on standard output, with line and column).", ["json", "text"], "-f");
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out files and folders below a named folder that match this glob; repeat for several.",
            HelpName = "GLOB",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("validate", "Check deal documents and list every problem.") { paths, format, exclude };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(format) == "json", parse.GetValue(exclude) ?? [], console));
        return command;
    }

    private static int Run(string[] paths, bool json, IReadOnlyList<string> excludes, CliConsole console)
    {
        GatheredInputs gathered;
        if (paths.Length > 0)
        {
            gathered = InputGathering.Gather(paths, excludes);
        }
        else if (console.StandardInput is not null)
        {
            gathered = new GatheredInputs([new InputSource(InputSource.StandardInputName, InputOrigin.StandardInput, null) { Implicit = true }], [], []);
        }
        else
        {
            console.Error.WriteLine("dealrules: no documents: name files or folders, or pipe a document in (-).");
            console.Error.WriteLine("Run 'dealrules validate --help' for usage.");
            return ExitCodes.BadInput;
        }

        var check = CheckedDocuments.Check(gathered.Sources, () => console.StandardInput, wantPositions: false, _ => { }, console.Interrupted, keepDocuments: false);
        var problems = gathered.Problems.Concat(check.Problems).ToArray();
        if (json)
        {
            WriteJson(console, check, problems, gathered.Skipped);
        }
        else
        {
            foreach (var skipped in gathered.Skipped)
            {
                console.Error.WriteLine($"dealrules: skipped {Echo.Printable(skipped.Path)}: {skipped.Reason}");
            }

            foreach (var warning in check.Warnings)
            {
                console.Error.WriteLine($"warning: {warning}");
            }
        }

        if (problems.Length > 0)
        {
            if (!json)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine(problem.ToString());
                }
            }

            console.Error.WriteLine($"dealrules: {TerminalText.Count(problems.Length, "problem", "problems")}.");
            return ExitCodes.BadInput;
        }

        if (!json)
        {
            foreach (var file in check.Documents)
            {
                console.Out.WriteLine($"{Echo.Printable(file.Source)}: valid ({file.DealId})");
            }

            console.Out.WriteLine($"{TerminalText.Count(check.Documents.Count, "document", "documents")} valid.");
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(CliConsole console, CheckedPortfolio check, DocumentProblem[] problems, IReadOnlyList<WalkNote> skipped)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", problems.Length == 0);
            json.WriteStartArray("documents");
            foreach (var document in check.Documents)
            {
                json.WriteStartObject();
                json.WriteString("source", document.Source);
                json.WriteString("dealId", document.DealId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteProblems(json, "problems", problems);
            WriteProblems(json, "warnings", check.Warnings);
            json.WriteStartArray("skipped");
            foreach (var note in skipped)
            {
                json.WriteStartObject();
                json.WriteString("path", note.Path);
                json.WriteString("reason", note.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        console.Out.Flush();
    }

    private static void WriteProblems(Utf8JsonWriter json, string name, IEnumerable<DocumentProblem> problems)
    {
        json.WriteStartArray(name);
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("file", problem.File);
            json.WriteString("location", problem.Location);
            if (problem.Line is { } line)
            {
                json.WriteNumber("line", line);
                json.WriteNumber("column", problem.Column ?? 1);
            }

            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
