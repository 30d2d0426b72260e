using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Cli.Output;
using DealRules.Engine;
using Spectre.Console;

namespace DealRules.Cli.Commands;

/// <summary><c>dealrules rules</c>: lists the rule catalog and its parameters.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console, Func<RulePack> rules)
    {
        var format = Choices.Of("--format", "table (default) or json.", ["json", "table"], "-f");
        var sources = new RuleSourceOptions();
        var command = new Command("rules", "List the rule catalog (and a --rules pack beside it): id, category, perspective, default severity and parameters.") { format };
        sources.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = sources.Read(parse);
            if (chosen.UsageError is { } usage)
            {
                console.Error.WriteLine($"dealrules: {usage}");
                return ExitCodes.BadInput;
            }

            try
            {
                if (chosen.Describe(rules, console) is not { } pack)
                {
                    return ExitCodes.RulesFailed;
                }

                if (parse.GetValue(format) == "json")
                {
                    WriteJson(pack, console);
                }
                else
                {
                    Render(pack, console.Rich());
                }
            }
            catch (Exception e) when (e is RulePackException or RulePackFailedException)
            {
                return RuleSources.Failed(e, console);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(RulePack pack, CliConsole console)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("pack", pack.Name);
            json.WriteStartArray("rules");
            foreach (var rule in pack.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("category", Wording.Name(rule.Category));
                json.WriteString("perspective", Wording.Name(rule.Perspective));
                json.WriteString("defaultSeverity", Wording.Name(rule.DefaultSeverity));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var parameter in pack.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("name", parameter.Name);
                json.WriteNumber("default", parameter.DefaultValue);
                json.WriteString("kind", Wording.Name(parameter.Kind));
                json.WriteString("range", parameter.Range);
                if (parameter.AtMost is { } atMost)
                {
                    json.WriteString("atMost", atMost);
                }

                if (parameter.Description is { } description)
                {
                    json.WriteString("description", description);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        console.Out.Flush();
    }

    private static void Render(RulePack pack, IAnsiConsole console)
    {
        var rules = new Table().Border(TableBorder.Rounded).Title($"{pack.Name}: {pack.Rules.Count} rules");
        rules.AddColumns("Id", "Category", "Perspective", "Default severity", "Title");
        foreach (var rule in pack.Rules)
        {
            rules.AddRow(
                new Text(rule.Id),
                new Text(Wording.Name(rule.Category)),
                new Text(Wording.Name(rule.Perspective)),
                SeverityStyle.Markup(rule.DefaultSeverity),
                new Text(rule.Title));
        }

        console.Write(rules);

        var parameters = new Table().Border(TableBorder.Rounded).Title("Parameters (a profile may change them)");
        parameters.AddColumn(new TableColumn("Name").NoWrap());
        parameters.AddColumn(new TableColumn("Default").NoWrap().RightAligned());
        parameters.AddColumns("Range", "Controls");
        foreach (var parameter in pack.Parameters)
        {
            parameters.AddRow(parameter.Name, parameter.DefaultText, parameter.Range, parameter.Description ?? "");
        }

        console.Write(parameters);
    }
}
