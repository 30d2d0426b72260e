using System.Globalization;
using DealRules.Authoring;
using DealRules.Model;

namespace DealRules.Graphs;

/// <summary>How the writers of a graph word and weigh its edges, the same in every format.</summary>
internal static class GraphWording
{
    /// <summary>The words for a party's kind as documents write it: <c>ai-lab</c>, <c>neo-cloud</c>.</summary>
    public static string Kind(PartyKind kind) => Documents.JsonEnumNames.Of(kind);

    /// <summary>The words for an edge's kind: <c>investment</c> or <c>commitment</c>.</summary>
    public static string Kind(MoneyEdgeKind kind) => kind == MoneyEdgeKind.Investment ? "investment" : "commitment";

    /// <summary>A short label for an edge: <c>$13.0B</c>, <c>up to $100.0B</c>, <c>est. $500.0B</c>, <c>undisclosed</c>, and what is conditional or undisclosed beside it.</summary>
    public static string Label(MoneyEdge edge)
    {
        var parts = new List<string>();
        if (edge.Value > 0 || edge.Amount.Stated > 0)
        {
            parts.Add(edge.Estimated
                ? "est. " + Wording.Money(edge.Value, edge.Currency)
                : Wording.Qualifier(edge.Amount.Qualifier) + Wording.Money(edge.Amount.Stated, edge.Currency));
        }

        if (edge.Conditional > 0)
        {
            parts.Add(Wording.Money(edge.Conditional, edge.Currency) + " conditional");
        }

        if (edge.Undisclosed > 0)
        {
            parts.Add("undisclosed");
        }

        return string.Join(" + ", parts);
    }

    /// <summary>True when the edge carries no counted money: it is drawn as money whose size is not known.</summary>
    public static bool Uncounted(MoneyEdge edge) => edge.Value <= 0 && edge.Amount.Stated <= 0;

    /// <summary>
    /// Stroke widths from 1 to 1 + <paramref name="range"/>, on a logarithmic scale between the
    /// smallest and the largest counted edge of the graph; 1 for an edge with no counted money.
    /// </summary>
    public static Func<MoneyEdge, double> Widths(MoneyGraph graph, double range)
    {
        var values = graph.Edges.Where(e => e.Value > 0).Select(e => Math.Log10((double)e.Value)).ToArray();
        var (min, max) = values.Length == 0 ? (0, 0) : (values.Min(), values.Max());
        return edge =>
        {
            if (edge.Value <= 0)
            {
                return 1;
            }

            var scaled = max - min < 1e-9 ? 0.5 : (Math.Log10((double)edge.Value) - min) / (max - min);
            return Math.Round(1 + range * scaled, 2);
        };
    }

    /// <summary>
    /// The role each edge of <paramref name="graph"/> plays, for emphasis: along a loop, part of a spend-back
    /// pair, or neither. The edge ids are gathered once, so that a writer asking for every edge does not
    /// search every loop and pair again for each (a large portfolio has thousands of both).
    /// </summary>
    public static Func<MoneyEdge, string?> Roles(MoneyGraph graph)
    {
        var loops = graph.Loops.SelectMany(l => l.EdgeIds).ToHashSet(StringComparer.Ordinal);
        var spendBacks = graph.SpendBacks.SelectMany(s => s.EdgeIds).ToHashSet(StringComparer.Ordinal);
        return edge => loops.Contains(edge.Id) ? "loop" : spendBacks.Contains(edge.Id) ? "spend-back" : null;
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The colours the writers share, so that a party kind or an edge kind looks the same in every picture.</summary>
    public static string Colour(PartyKind kind) => kind switch
    {
        PartyKind.Hyperscaler => "#dbeafe",
        PartyKind.Chipmaker => "#fde68a",
        PartyKind.AiLab => "#e9d5ff",
        PartyKind.NeoCloud => "#bbf7d0",
        PartyKind.Investor => "#fecaca",
        _ => "#e5e7eb",
    };

    public static string Colour(MoneyEdgeKind kind) => kind == MoneyEdgeKind.Investment ? "#1d4ed8" : "#047857";

    public const string LoopColour = "#dc2626";

    public const string SpendBackColour = "#d97706";
}
