using System.CommandLine;
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
        var command = new Command("rules", "List the rule catalog: id, category, perspective, default severity and parameters.");
        command.SetAction(_ =>
        {
            RulePackException? failure = null;
            try
            {
                Render(rules(), console.Rich());
            }
            catch (RulePackException e)
            {
                failure = e;
            }

            if (failure is not null)
            {
                console.Error.WriteLine($"dealrules: the rules failed to load: {failure.Message}");
                return ExitCodes.RulesFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(RulePack pack, IAnsiConsole console)
    {
        var rules = new Table().Border(TableBorder.Rounded).Title($"{pack.Name}: {pack.Rules.Count} rules");
        rules.AddColumns("Id", "Category", "Perspective", "Default severity", "Title");
        foreach (var rule in pack.Rules)
        {
            rules.AddRow(
                new Text(rule.Id),
                new Text(rule.Category.ToString().ToLowerInvariant()),
                new Text(rule.Perspective.ToString().ToLowerInvariant()),
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
