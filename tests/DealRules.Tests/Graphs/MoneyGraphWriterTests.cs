using System.Text.Json;
using DealRules.Graphs;
using DealRules.Model;
using DealRules.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit3;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Graphs;

/// <summary>The graph in JSON (pinned for the loop sample), DOT and Mermaid: every party and edge, each edge as it is counted, names escaped.</summary>
public sealed class MoneyGraphWriterTests
{
    private static readonly MoneyGraphOptions Defaults = new(Format2.DollarsPerGw, 1_000_000_000m);

    private static MoneyGraph LoopSample() => MoneyGraph.Of(
        Directory.EnumerateFiles(Path.Combine(Samples.Folder, "loop-portfolio"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => Samples.Read("loop-portfolio/" + Path.GetFileName(path))).ToArray(),
        Defaults);

    /// <summary>A party whose name would break each format if it were written as is.</summary>
    private static MoneyGraph Hostile() => MoneyGraph.Of(
    [
        Document(TestDeals.Deal("hostile", new Party("end", "Evil \"Co\" <b>&</b> \\ |x|", PartyKind.Other)) with
        {
            Investments = [TestDeals.Investing(Billion, investor: "end")],
            ComputeCommitments = [TestDeals.Committing(null)],
        }),
    ]);

    [Fact]
    public void Json_of_the_loop_sample()
    {
        Snapshot.Match(JToken.Parse(MoneyGraphJsonWriter.ToJson(LoopSample())));
    }

    [Fact]
    public void Json_lists_every_party_and_edge_with_its_money()
    {
        var graph = MoneyGraph.Of(Corpus.ReadAll(), Defaults);

        using var json = JsonDocument.Parse(MoneyGraphJsonWriter.ToJson(graph));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("graphVersion").GetInt32());
        Assert.Equal(graph.Parties.Count, root.GetProperty("parties").GetArrayLength());
        Assert.Equal(graph.Edges.Count, root.GetProperty("edges").GetArrayLength());
        var loopStep = root.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "nvidia>openai/investment/USD");
        Assert.Equal("up-to", loopStep.GetProperty("amount").GetProperty("qualifier").GetString());
        Assert.Equal("up to $100.0B", loopStep.GetProperty("label").GetString());
    }

    [Fact]
    public void Dot_has_a_node_per_party_and_an_edge_per_edge_styled_by_what_is_known()
    {
        var graph = LoopSample();

        var dot = MoneyGraphDotWriter.Write(graph);

        Assert.Contains("digraph money {", dot, StringComparison.Ordinal);
        Assert.Equal(graph.Parties.Count, dot.Split('\n').Count(line => line.StartsWith("  \"", StringComparison.Ordinal) && !line.Contains("->", StringComparison.Ordinal)));
        Assert.Equal(graph.Edges.Count, dot.Split('\n').Count(line => line.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Contains($"color=\"#dc2626\"", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_and_mermaid_escape_names_and_draw_unknown_money_dashed()
    {
        var graph = Hostile();

        var dot = MoneyGraphDotWriter.Write(graph);
        var mermaid = MoneyGraphMermaidWriter.Write(graph);

        Assert.Contains("label=\"Evil \\\"Co\\\" <b>&</b> \\\\ |x|\\nother\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"lab\" -> \"hyper\" [label=\"commitment undisclosed\", color=\"#047857\", fontcolor=\"#047857\", style=dashed, penwidth=1];", dot, StringComparison.Ordinal);
        Assert.Contains("p_end[\"Evil #quot;Co#quot; #lt;b#gt;#amp;#lt;/b#gt; \\ |x|<br/><small>other</small>\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("p_lab -.->|\"commitment undisclosed\"| p_hyper", mermaid, StringComparison.Ordinal);
        Assert.Contains("p_end -->|\"investment $1.0B\"| p_lab", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_of_loops_draws_only_the_loops_with_thick_arrows()
    {
        var graph = MoneyGraph.Of(Corpus.ReadAll(), Defaults);

        var mermaid = MoneyGraphMermaidWriter.WriteLoops(graph, graph.Loops);

        Assert.Equal(
            [
                "flowchart LR",
                "  p_nvidia[\"Nvidia<br/><small>chipmaker</small>\"]",
                "  p_openai[\"OpenAI<br/><small>ai-lab</small>\"]",
                "  p_oracle[\"Oracle<br/><small>hyperscaler</small>\"]",
                "  p_nvidia ==>|\"investment up to $100.0B\"| p_openai",
                "  p_openai ==>|\"commitment about $300.0B\"| p_oracle",
                "  p_oracle ==>|\"commitment about $40.0B\"| p_nvidia",
            ],
            mermaid.Split('\n').Take(7));
    }
}
