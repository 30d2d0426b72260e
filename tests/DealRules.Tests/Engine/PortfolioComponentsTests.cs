using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

/// <summary>Evaluating connected groups of documents apart must give exactly the report of one session over everything.</summary>
public sealed class PortfolioComponentsTests
{
    private static readonly DealEvaluator OneSession = new(RulePack.FromAssemblyOf<StrategicRules>()) { SessionBatchSize = 0 };

    public static TheoryData<string, int> Portfolios => new()
    {
        { "independent", 1 },
        { "independent", 16 },
        { "dense", 1 },
        { "dense", 16 },
        { "mixed", 4 },
    };

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Groups_evaluated_apart_give_the_single_session_report(string kind, int batchSize)
    {
        var generator = new SyntheticDeals(11);
        var deals = kind switch
        {
            "independent" => generator.Independent(120),
            "dense" => generator.Dense(120, 40),
            _ => generator.Independent(60).Concat(generator.Dense(60, 12)),
        };
        var documents = SyntheticDeals.AsDocuments(deals);
        var grouped = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { SessionBatchSize = batchSize };

        Assert.Equal(ReportJsonWriter.ToJson(OneSession.Evaluate(documents)), ReportJsonWriter.ToJson(grouped.Evaluate(documents)));
    }

    [Fact]
    public void Documents_sharing_a_party_through_a_third_are_one_group()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Samples.Folder, "loop-portfolio"), "*.json")
            .Select(p => Samples.Read(Path.Combine("loop-portfolio", Path.GetFileName(p))))
            .Append(Samples.Read("amazon-openai-2025-12.json"))
            .ToList();

        var groups = PortfolioComponents.Of(documents);

        Assert.Equal([3, 1], groups.Select(g => g.Count).OrderDescending());
    }
}
