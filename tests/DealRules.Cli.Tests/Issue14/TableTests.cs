using DealRules.Cli.Output;
using DealRules.Documents;
using DealRules.Engine;
using Spectre.Console;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Issue 14, item 21: the table format is fast, stops when its reader does, and reads right.</summary>
[Trait("Category", "Slow")]
public sealed class TableTests
{
    [Fact]
    public void Plain_table_is_the_layout_the_terminal_library_draws()
    {
        var generator = new SyntheticDeals(3);
        var documents = Directory.GetFiles(CommandRun.Samples, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => DealDocumentReader.ReadFile(path).Document!)
            .Concat(generator.Independent(200).Select(deal => DealDocumentReader.Read(DealDocumentWriter.Write(deal), deal.Id + ".json").Document!))
            .ToArray();
        var report = new DealEvaluator(CommandRun.Catalog()).Evaluate(documents);
        using var spectre = new StringWriter { NewLine = "\n" };
        using var plain = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(spectre, TextWriter.Null, IsTerminal: false);

        TableReportRenderer.Render(report, console.Rich(), spectre, CliConsole.RedirectedWidth);
        TableReportRenderer.Render(report, null, plain, CliConsole.RedirectedWidth);

        Assert.Equal(spectre.ToString(), plain.ToString());
    }

    [Fact]
    public void One_finding_and_one_rule_are_said_in_the_singular()
    {
        var pack = RulePack.Create("one", [typeof(WorkingRule)], []);

        var run = CommandRun.WithRules(() => pack, "evaluate", CommandRun.Example);

        Assert.EndsWith("1 finding (1 info) from 1 rule on 1 deal, profile default.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_summary_stays_on_one_line_however_long()
    {
        using var folder = new TemporaryFolder();
        var profile = folder.File(new string('p', 120) + ".json", """{ "circular.spendBackHigh": 2 }""");

        var run = CommandRun.Of("evaluate", CommandRun.Example, "--profile", profile);

        var summary = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("9 findings (", summary, StringComparison.Ordinal);
        Assert.EndsWith($" from 18 rules on 1 deal, profile {new string('p', 120)}.", summary, StringComparison.Ordinal);
        Assert.True(summary.Length > CliConsole.RedirectedWidth);
    }

    [Fact]
    public void Reader_that_goes_away_stops_the_run()
    {
        using var folder = new TemporaryFolder();
        foreach (var deal in new SyntheticDeals(9).Independent(400))
        {
            folder.File($"{deal.Id}.json", DealDocumentWriter.Write(deal));
        }

        // A table far larger than a pipe's buffer; head reads one line and leaves.
        var run = CliProcess.Shell($"$DEALRULES evaluate '{folder.Path}' | head -n 1; echo \"status ${{PIPESTATUS[0]}}\"");

        Assert.StartsWith("── ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("status 141\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
