using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DealRules.Model;

namespace DealRules.Documents;

/// <summary>
/// Writes a deal as a document in its format (1 or 2), which <see cref="DealDocumentReader"/> reads
/// back to an equal deal. Format 2's qualified amounts are written as <c>{ "upTo": 4000000000 }</c>,
/// an annual amount as <c>annualAmount</c> (its total is derived again on reading), and format 2's
/// lists only when they hold something.
/// </summary>
public static class DealDocumentWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonEnumNamingPolicy.Instance, allowIntegerValues: false) },
        NewLine = "\n",
    };

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>The deal as indented JSON.</summary>
    /// <param name="deal">The deal.</param>
    public static string Write(Deal deal)
    {
        var root = JsonSerializer.SerializeToNode(deal, Options)!.AsObject();
        foreach (var list in new[] { "supersedes", "amends", "hires" })
        {
            if (root[list] is JsonArray { Count: 0 })
            {
                root.Remove(list);
            }
        }

        foreach (var entry in Entries(root, "investments").Concat(Entries(root, "rights")))
        {
            Qualify(entry, "amount", "amountQualifier");
        }

        foreach (var entry in Entries(root, "computeCommitments"))
        {
            if (entry["annualAmount"] is not null)
            {
                entry.Remove("amount");
                entry["annualAmount"] = Qualified(entry["annualAmount"]!, entry["amountQualifier"]);
                entry.Remove("amountQualifier");
            }
            else
            {
                Qualify(entry, "amount", "amountQualifier");
            }

            Qualify(entry, "capacityGw", "capacityQualifier");
        }

        foreach (var hire in Entries(root, "hires"))
        {
            if (hire["includesLeaders"] is JsonValue leaders && !leaders.GetValue<bool>())
            {
                hire.Remove("includesLeaders");
            }
        }

        return root.ToJsonString(Options);
    }

    private static IEnumerable<JsonObject> Entries(JsonObject root, string list) =>
        root[list] is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>Folds a qualifier property into the figure it qualifies: a plain number when exact.</summary>
    private static void Qualify(JsonObject entry, string figure, string qualifier)
    {
        var value = entry[qualifier];
        entry.Remove(qualifier);
        if (entry[figure] is { } number)
        {
            entry[figure] = Qualified(number, value);
        }
    }

    private static JsonNode Qualified(JsonNode number, JsonNode? qualifier)
    {
        var name = qualifier?.GetValue<string>() switch
        {
            "up-to" => "upTo",
            "at-least" => "atLeast",
            "about" => "about",
            _ => null,
        };
        var copy = number.DeepClone();
        return name is null ? copy : new JsonObject(NodeOptions) { [name] = copy };
    }

    /// <summary>
    /// The deal as the model's own JSON (not the document format): what a worker process receives
    /// for a document the host read and checked already. <see cref="ReadModel"/> binds it back.
    /// </summary>
    /// <param name="deal">The deal.</param>
    internal static string WriteModel(Deal deal) => JsonSerializer.Serialize(deal, Options);

    /// <summary>The inverse of <see cref="WriteModel"/>: it binds, and checks nothing.</summary>
    /// <param name="json">What <see cref="WriteModel"/> wrote.</param>
    /// <exception cref="JsonException">The text is not what <see cref="WriteModel"/> writes.</exception>
    internal static Deal ReadModel(string json) =>
        JsonSerializer.Deserialize<Deal>(json, Options) ?? throw new JsonException("null is not a deal");
}
