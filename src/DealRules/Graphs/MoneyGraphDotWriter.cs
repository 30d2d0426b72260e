using System.Text;
using DealRules.Model;

namespace DealRules.Graphs;

/// <summary>
/// Writes a <see cref="MoneyGraph"/> in Graphviz's DOT language (<c>dealrules graph --format dot</c>;
/// render with <c>dot -Tsvg</c> or <c>sfdp -Tsvg</c>): parties as nodes shaped and filled by kind,
/// investments (blue) and commitments (green) as edges whose width grows with the money, estimated
/// money dotted, money of unknown size dashed, loops red and spend-back pairs amber.
/// </summary>
public static class MoneyGraphDotWriter
{
    /// <summary>The graph as DOT text, ending with a newline.</summary>
    /// <param name="graph">The graph.</param>
    public static string Write(MoneyGraph graph)
    {
        var text = new StringBuilder();
        text.Append("// DealRules money-flow graph. Edges: investments blue, commitments green; width grows with the money;\n");
        text.Append("// dotted = estimated from capacity, dashed = size not known; red = along a loop, amber = spend-back pair.\n");
        text.Append("digraph money {\n");
        text.Append("  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n");
        text.Append("  node [fontname=\"Helvetica\", fontsize=10, style=filled, color=\"#4b5563\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var party in graph.Parties)
        {
            text.Append($"  \"{party.Id}\" [label=\"{Escape(party.Name)}\\n{GraphWording.Kind(party.Kind)}\", shape={Shape(party.Kind)}, fillcolor=\"{GraphWording.Colour(party.Kind)}\"];\n");
        }

        var width = GraphWording.Widths(graph, 5);
        var roleOf = GraphWording.Roles(graph);
        foreach (var edge in graph.Edges)
        {
            var role = roleOf(edge);
            var colour = role switch
            {
                "loop" => GraphWording.LoopColour,
                "spend-back" => GraphWording.SpendBackColour,
                _ => GraphWording.Colour(edge.Kind),
            };
            var style = GraphWording.Uncounted(edge) ? "dashed" : edge.Estimated ? "dotted" : "solid";
            text.Append($"  \"{edge.From}\" -> \"{edge.To}\" [label=\"{Escape(GraphWording.Kind(edge.Kind) + " " + GraphWording.Label(edge))}\", ");
            text.Append($"color=\"{colour}\", fontcolor=\"{colour}\", style={style}, penwidth={GraphWording.Number(width(edge))}];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Shape(PartyKind kind) => kind switch
    {
        PartyKind.Hyperscaler => "box",
        PartyKind.Chipmaker => "hexagon",
        PartyKind.AiLab => "ellipse",
        PartyKind.NeoCloud => "octagon",
        PartyKind.Investor => "diamond",
        _ => "note",
    };

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
