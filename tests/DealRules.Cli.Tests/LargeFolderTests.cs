using DealRules.Documents;
using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;

namespace DealRules.Cli.Tests;

/// <summary>A folder larger than the command evaluates at once is evaluated in parts, with findings held on disk.</summary>
[Trait("Category", "Slow")]
public sealed class LargeFolderTests
{
    [Fact]
    public void A_folder_of_several_batches_gives_the_report_of_evaluating_it_whole()
    {
        using var folder = new TemporaryFolder();
        var generator = new SyntheticDeals(31);
        foreach (var deal in generator.Independent(1_900).Concat(generator.Dense(300, 30)))
        {
            folder.File($"{deal.Id}.json", DealDocumentWriter.Write(deal));
        }

        var output = Path.Combine(folder.Path, "report.out");
        var run = CommandRun.Of("evaluate", folder.Path, "--format", "json", "--output", output);

        var documents = Directory.GetFiles(folder.Path, "*.json").Order(StringComparer.Ordinal)
            .Select(path => DealDocumentReader.ReadFile(path).Document!)
            .ToArray();
        using var whole = new MemoryStream();
        ReportJsonWriter.Write(new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()).Evaluate(documents), whole);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2_200, documents.Length); // more than the 2,000 the command holds at once
        Assert.Equal(whole.ToArray(), File.ReadAllBytes(output));
    }
}
