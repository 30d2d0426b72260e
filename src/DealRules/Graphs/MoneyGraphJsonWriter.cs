using System.Text.Encodings.Web;
using System.Text.Json;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Graphs;

/// <summary>
/// Writes a <see cref="MoneyGraph"/> as JSON for programs (<c>dealrules graph --format json</c>; the
/// contract is in <c>docs/graph.md</c>). The output depends only on the graph, so the same documents
/// always give the same bytes.
/// </summary>
public static class MoneyGraphJsonWriter
{
    /// <summary>The version of the graph's JSON; it changes only when a reader would have to.</summary>
    public const int GraphVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes the graph to a stream as UTF-8, ending with a newline.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(MoneyGraph graph, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(graph, json);
        }

        stream.Write("\n"u8);
    }

    /// <summary>The graph as a string.</summary>
    /// <param name="graph">The graph.</param>
    public static string ToJson(MoneyGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the graph as one JSON object (also the data the HTML report draws from).</summary>
    internal static void Write(MoneyGraph graph, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("graphVersion", GraphVersion);
        json.WriteNumber("dollarsPerGw", graph.DollarsPerGw);
        json.WriteNumber("loopMinimum", graph.LoopMinimum);
        json.WriteStartArray("parties");
        foreach (var party in graph.Parties)
        {
            json.WriteStartObject();
            json.WriteString("id", party.Id);
            json.WriteString("name", party.Name);
            json.WriteString("kind", GraphWording.Kind(party.Kind));
            Strings(json, "dealIds", party.DealIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("id", edge.Id);
            json.WriteString("from", edge.From);
            json.WriteString("to", edge.To);
            json.WriteString("kind", GraphWording.Kind(edge.Kind));
            json.WriteString("currency", edge.Currency);
            Sum(json, "amount", edge.Amount);
            json.WriteNumber("value", edge.Value);
            json.WriteBoolean("estimated", edge.Estimated);
            json.WriteNumber("undisclosed", edge.Undisclosed);
            json.WriteNumber("conditional", edge.Conditional);
            json.WriteString("label", GraphWording.Label(edge));
            Strings(json, "dealIds", edge.DealIds);
            Strings(json, "facts", edge.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("loops");
        foreach (var loop in graph.Loops)
        {
            json.WriteStartObject();
            Strings(json, "parties", loop.Parties);
            Strings(json, "group", loop.Group);
            json.WriteString("currency", loop.Currency);
            Sum(json, "smallestStep", loop.SmallestStep);
            json.WriteBoolean("estimated", loop.Estimated);
            Strings(json, "edges", loop.EdgeIds);
            Strings(json, "facts", loop.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("spendBacks");
        foreach (var pair in graph.SpendBacks)
        {
            json.WriteStartObject();
            json.WriteString("investor", pair.Investor);
            json.WriteString("investee", pair.Investee);
            json.WriteString("currency", pair.Currency);
            Sum(json, "invested", pair.Invested);
            Sum(json, "committed", pair.Committed);
            json.WriteNumber("ratio", Wording.Rounded(pair.Ratio));
            Strings(json, "edges", pair.EdgeIds);
            Strings(json, "facts", pair.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("deals");
        foreach (var deal in graph.Deals)
        {
            json.WriteStartObject();
            json.WriteString("id", deal.Id);
            json.WriteString("title", deal.Title);
            json.WriteString("status", JsonEnumNames.Of(deal.Status));
            if (deal.Announced is { } announced)
            {
                json.WriteString("announced", announced.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteString("source", deal.Source);
            Strings(json, "supersededBy", deal.SupersededBy);
            json.WriteStartArray("sources");
            foreach (var source in deal.Sources)
            {
                json.WriteStartObject();
                json.WriteString("title", source.Title);
                if (source.Date is { } date)
                {
                    json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (source.Url is { } url)
                {
                    json.WriteString("url", url);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A sum as its stated amount, qualifier and any capacity it values.</summary>
    private static void Sum(Utf8JsonWriter json, string name, MoneySum sum)
    {
        json.WriteStartObject(name);
        json.WriteNumber("stated", sum.Stated);
        json.WriteString("qualifier", Wording.Name(sum.Qualifier));
        json.WriteNumber("capacityGw", sum.CapacityGw);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
