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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Groups_come_in_the_order_of_their_first_item_each_in_input_order(int seed)
    {
        // 400 items naming up to three of 300 names: the groups against a breadth-first search over shared names.
        var random = new Random(seed);
        var items = Enumerable.Range(0, 400).Select(i => (Index: i, Names: Enumerable.Range(0, random.Next(0, 4)).Select(_ => "n" + random.Next(300)).ToArray())).ToList();

        var groups = PortfolioComponents.Of(items, item => item.Names);

        var expected = new List<List<int>>();
        var seen = new bool[items.Count];
        for (var start = 0; start < items.Count; start++)
        {
            if (seen[start])
            {
                continue;
            }

            var group = new List<int>();
            var queue = new Queue<int>([start]);
            seen[start] = true;
            while (queue.TryDequeue(out var at))
            {
                group.Add(at);
                foreach (var other in items.Where(o => !seen[o.Index] && o.Names.Intersect(items[at].Names).Any()))
                {
                    seen[other.Index] = true;
                    queue.Enqueue(other.Index);
                }
            }

            expected.Add([.. group.Order()]);
        }

        Assert.Equal(expected, groups.Select(g => g.Select(item => item.Index).ToList()));
    }
}
