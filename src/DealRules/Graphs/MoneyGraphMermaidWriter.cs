using System.Text;

namespace DealRules.Graphs;

/// <summary>
/// Writes a <see cref="MoneyGraph"/> as a Mermaid flowchart (<c>dealrules graph --format mermaid</c>),
/// which Markdown renderers such as GitHub's draw from a <c>```mermaid</c> block: investments blue,
/// commitments green, money of unknown or estimated size dotted, loops thick and red.
/// </summary>
public static class MoneyGraphMermaidWriter
{
    /// <summary>The whole graph as a Mermaid flowchart, ending with a newline (no code fence).</summary>
    /// <param name="graph">The graph.</param>
    public static string Write(MoneyGraph graph) => Write(graph, graph.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal), graph.Edges);

    /// <summary>
    /// Only the loops given, each with its parties and the edges along it, as one Mermaid flowchart
    /// ending with a newline (no code fence): the picture a Markdown report embeds for the loops it reports.
    /// </summary>
    /// <param name="graph">The graph the loops belong to.</param>
    /// <param name="loops">The loops to draw.</param>
    public static string WriteLoops(MoneyGraph graph, IEnumerable<GraphLoop> loops)
    {
        var list = loops.ToList();
        var edgeIds = list.SelectMany(l => l.EdgeIds).ToHashSet(StringComparer.Ordinal);
        return Write(graph, list.SelectMany(l => l.Parties).ToHashSet(StringComparer.Ordinal), graph.Edges.Where(e => edgeIds.Contains(e.Id)));
    }

    private static string Write(MoneyGraph graph, HashSet<string> parties, IEnumerable<MoneyEdge> edges)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var party in graph.Parties.Where(p => parties.Contains(p.Id)))
        {
            text.Append($"  {Node(party.Id)}[\"{Escape(party.Name)}<br/><small>{GraphWording.Kind(party.Kind)}</small>\"]\n");
        }

        var styles = new StringBuilder();
        var index = 0;
        var roleOf = GraphWording.Roles(graph);
        foreach (var edge in edges)
        {
            var role = roleOf(edge);
            var arrow = role == "loop" ? "==>" : GraphWording.Uncounted(edge) || edge.Estimated ? "-.->" : "-->";
            text.Append($"  {Node(edge.From)} {arrow}|\"{Escape(GraphWording.Kind(edge.Kind) + " " + GraphWording.Label(edge))}\"| {Node(edge.To)}\n");
            var colour = role == "loop" ? GraphWording.LoopColour : GraphWording.Colour(edge.Kind);
            styles.Append($"  linkStyle {index++} stroke:{colour},color:{colour}\n");
        }

        foreach (var kind in graph.Parties.Where(p => parties.Contains(p.Id)).Select(p => p.Kind).Distinct().Order())
        {
            var name = Class(kind);
            styles.Append($"  classDef {name} fill:{GraphWording.Colour(kind)},stroke:#4b5563\n");
            styles.Append($"  class {string.Join(',', graph.Parties.Where(p => parties.Contains(p.Id) && p.Kind == kind).Select(p => Node(p.Id)))} {name}\n");
        }

        return text.Append(styles).ToString();
    }

    /// <summary>A node id Mermaid cannot misread (party ids may hold hyphens, or be a keyword such as <c>end</c>); party ids hold no underscore, so the mapping is one to one.</summary>
    private static string Node(string partyId) => "p_" + partyId.Replace('-', '_');

    private static string Class(Model.PartyKind kind) => "k_" + GraphWording.Kind(kind).Replace('-', '_');

    private static string Escape(string text) => text
        .Replace("&", "#amp;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .ReplaceLineEndings(" ");
}
