using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Facts;
using DealRules.Graphs;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Graphs;

/// <summary>
/// The money-flow graph for people and tools is the engine's own: its edges add up to the money-flow
/// graph rules match, its loops are CIRC003's, its pairs CIRC001's, and what the engine does not
/// count (undisclosed, conditional, superseded) is marked or left out as the engine leaves it.
/// </summary>
public sealed class MoneyGraphTests
{
    /// <summary>The readings of the default profile: $50B a GW, loops of flows of $1B and more.</summary>
    private static readonly MoneyGraphOptions Defaults = new(Format2.DollarsPerGw, 1_000_000_000m);

    public static TheoryData<string> Portfolios => new("corpus", "samples", "loop-portfolio");

    private static DealDocument[] Portfolio(string name) => name switch
    {
        "corpus" => Corpus.ReadAll(),
        "samples" => Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => Samples.Read(Path.GetRelativePath(Samples.Folder, path).Replace('\\', '/'))).ToArray(),
        _ => Directory.EnumerateFiles(Path.Combine(Samples.Folder, name), "*.json").Order(StringComparer.Ordinal)
            .Select(path => Samples.Read(name + "/" + Path.GetFileName(path))).ToArray(),
    };

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Counted_edges_add_up_to_the_flows_of_the_engine_money_flow_graph(string portfolio)
    {
        var documents = Portfolio(portfolio);
        var graph = MoneyGraph.Of(documents, Defaults);
        var flows = PortfolioComponents.Of(documents)
            .SelectMany(group => FactBuilder.Build(group, FactSelection.All, group.Max(d => d.Deal.SchemaVersion)).OfType<MoneyFlowGraph>().Single().Flows)
            .ToList();

        var counted = graph.Edges.Where(e => e.Amount.Stated > 0 || e.Amount.CapacityGw > 0)
            .GroupBy(e => (e.From, e.To, e.Currency))
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.NotEmpty(flows);
        Assert.Equal(flows.Count, counted.Count);
        foreach (var flow in flows)
        {
            var edges = counted[(flow.From.Id, flow.To.Id, flow.Currency)];
            var sum = edges.Select(e => e.Amount).Aggregate(MoneySum.Zero, (a, b) => a.Plus(b));
            Assert.Equal((flow.Sum.Stated, flow.Sum.CapacityGw, flow.Sum.Qualifier), (sum.Stated, sum.CapacityGw, sum.Qualifier));
            Assert.Subset(edges.SelectMany(e => e.Facts).ToHashSet(), flow.Facts.ToHashSet());
        }
    }

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void Loops_are_the_loops_CIRC003_reports_and_pairs_cover_every_CIRC001_finding(string portfolio)
    {
        var documents = Portfolio(portfolio);
        var report = Evaluation.Evaluator.Evaluate(documents);

        var graph = MoneyGraph.Of(documents, Defaults);

        Assert.Equal(
            report.Of("CIRC003").Select(f => string.Join(' ', f.Parties)).Order(StringComparer.Ordinal),
            graph.Loops.Select(l => string.Join(' ', l.Parties)));
        Assert.All(report.Of("CIRC001"), finding => Assert.Contains(graph.SpendBacks, p => p.Investor == finding.Parties[0] && p.Investee == finding.Parties[1]));
        Assert.All(graph.Loops, loop => Assert.Equal(loop.Parties.Count, loop.EdgeIds.Select(id => graph.Edges.Single(e => e.Id == id)).Select(e => (e.From, e.To)).Distinct().Count()));
    }

    [Fact]
    public void The_corpus_loop_runs_through_Nvidia_OpenAI_and_Oracle_on_edges_of_the_graph()
    {
        var graph = MoneyGraph.Of(Corpus.ReadAll(), Defaults);

        var loop = Assert.Single(graph.Loops);
        Assert.Equal(["nvidia", "openai", "oracle"], loop.Parties);
        Assert.Equal(["nvidia>openai/investment/USD", "openai>oracle/commitment/USD", "oracle>nvidia/commitment/USD"], loop.EdgeIds);
    }

    [Fact]
    public void Undisclosed_capacity_only_and_conditional_money_are_marked_as_the_engine_counts_them()
    {
        var deal = Format2.Deal("marked", ChipMaker) with
        {
            Investments =
            [
                Format2.Investing(null),
                Format2.Investing(4 * Billion, condition: InvestmentCondition.Milestone),
                Format2.Investing(2 * Billion, AmountQualifier.UpTo),
            ],
            ComputeCommitments = [Format2.Committing(null, gigawatts: 2), Format2.Committing(null, provider: "chipco")],
        };

        var graph = MoneyGraph.Of([Document(deal)], Defaults);

        var investment = graph.Edges.Single(e => e.Kind == MoneyEdgeKind.Investment);
        Assert.Equal((2 * Billion, AmountQualifier.UpTo, 1, 4 * Billion, false), (investment.Amount.Stated, investment.Amount.Qualifier, investment.Undisclosed, investment.Conditional, investment.Estimated));
        var capacity = graph.Edges.Single(e => e.Id == "lab>hyper/commitment/USD");
        Assert.Equal((true, 100 * Billion, 0), (capacity.Estimated, capacity.Value, capacity.Undisclosed));
        var unknown = graph.Edges.Single(e => e.Id == "lab>chipco/commitment/USD");
        Assert.Equal((0m, 1), (unknown.Value, unknown.Undisclosed));
        Assert.Equal(["marked#/investments/0", "marked#/investments/1", "marked#/investments/2"], investment.Facts);
    }

    [Fact]
    public void Under_format_1_conditional_money_counts_and_capacity_does_not_as_in_catalog_1()
    {
        var deal = TestDeals.Deal("old") with
        {
            Investments = [TestDeals.Investing(3 * Billion) with { Condition = InvestmentCondition.Milestone }],
            ComputeCommitments = [new ComputeCommitment("lab", "hyper") { CapacityGw = 1 }],
        };

        var graph = MoneyGraph.Of([Document(deal)], Defaults);

        Assert.Equal((3 * Billion, 0m), (graph.Edges.Single(e => e.Kind == MoneyEdgeKind.Investment).Value, graph.Edges.Single(e => e.Kind == MoneyEdgeKind.Investment).Conditional));
        Assert.Equal((0m, 1), (graph.Edges.Single(e => e.Kind == MoneyEdgeKind.Commitment).Value, graph.Edges.Single(e => e.Kind == MoneyEdgeKind.Commitment).Undisclosed));
    }

    [Fact]
    public void Superseded_documents_are_listed_with_their_successors_and_bring_no_party_or_money()
    {
        var documents = Corpus.ReadAll();
        var superseded = Supersession.SupersededIds(documents);

        var graph = MoneyGraph.Of(documents, Defaults);

        Assert.NotEmpty(superseded);
        Assert.All(graph.Edges, edge => Assert.DoesNotContain(edge.DealIds, superseded.Contains));
        Assert.All(graph.Parties, party => Assert.DoesNotContain(party.DealIds, superseded.Contains));
        Assert.Equal(documents.Length, graph.Deals.Count);
        Assert.All(graph.Deals.Where(d => superseded.Contains(d.Id)), deal => Assert.NotEmpty(deal.SupersededBy));
    }

    [Fact]
    public void Graphs_of_batches_of_whole_groups_combine_into_the_graph_of_the_portfolio()
    {
        var documents = Portfolio("samples").Concat(Corpus.ReadAll()).ToArray();
        var parts = PortfolioComponents.Batches(PortfolioComponents.Of(documents), 5).Select(batch => MoneyGraph.Of(batch, Defaults)).ToList();

        var combined = MoneyGraph.Combine(parts);

        Assert.True(parts.Count > 2);
        Assert.Equal(MoneyGraphJsonWriter.ToJson(MoneyGraph.Of(documents, Defaults)), MoneyGraphJsonWriter.ToJson(combined));
    }

    [Fact]
    public void A_graph_of_loops_only_keeps_the_groups_that_hold_a_loop_as_the_whole_graph_has_them()
    {
        var documents = Portfolio("samples").Concat(Corpus.ReadAll()).ToArray();
        var whole = MoneyGraph.Of(documents, Defaults);

        var loopsOnly = MoneyGraph.Of(documents, Defaults with { LoopsOnly = true });

        var parties = loopsOnly.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var edges = loopsOnly.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(whole.Loops);
        Assert.InRange(parties.Count, 1, whole.Parties.Count - 1);
        Assert.Superset(whole.Loops.SelectMany(l => l.Parties).ToHashSet(StringComparer.Ordinal), parties);
        Assert.Equal(
            MoneyGraphJsonWriter.ToJson(whole with { Parties = [.. whole.Parties.Where(p => parties.Contains(p.Id))], Edges = [.. whole.Edges.Where(e => edges.Contains(e.Id))], SpendBacks = [], Deals = [] }),
            MoneyGraphJsonWriter.ToJson(loopsOnly with { SpendBacks = [], Deals = [] }));
        Assert.Equal(MoneyGraphMermaidWriter.WriteLoops(whole, whole.Loops), MoneyGraphMermaidWriter.WriteLoops(loopsOnly, loopsOnly.Loops));
    }

    [Fact]
    public void Parts_that_share_a_party_do_not_combine()
    {
        var parts = new[] { MoneyGraph.Of([Document(TestDeals.Deal("one"))]), MoneyGraph.Of([Document(TestDeals.Deal("two"))]) };

        var thrown = Assert.Throws<ArgumentException>(() => MoneyGraph.Combine(parts));

        Assert.StartsWith("Party hyper is in two parts", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_documents_in_another_order_give_the_same_graph()
    {
        var documents = Corpus.ReadAll();

        var forward = MoneyGraphJsonWriter.ToJson(MoneyGraph.Of(documents, Defaults));
        var backward = MoneyGraphJsonWriter.ToJson(MoneyGraph.Of(documents.Reverse().ToArray(), Defaults));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_party_takes_its_name_from_the_first_document_by_deal_id_and_lists_every_document_in_force()
    {
        var renamed = Investor with { Name = "Hyper Cloud (renamed)" };
        var first = TestDeals.Deal("a-deal");
        var second = TestDeals.Deal("b-deal") with { Parties = [renamed, Lab] };

        var graph = MoneyGraph.Of([Document(second), Document(first)]);

        var party = graph.Parties.Single(p => p.Id == "hyper");
        Assert.Equal(("Hyper Cloud", PartyKind.Hyperscaler), (party.Name, party.Kind));
        Assert.Equal(["a-deal", "b-deal"], party.DealIds);
    }
}
