using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DealRules.Model;

namespace DealRules.Documents;

/// <summary>Writes a deal as a document in format 1, which <see cref="DealDocumentReader"/> reads back to an equal deal.</summary>
public static class DealDocumentWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        NewLine = "\n",
    };

    /// <summary>The deal as indented JSON.</summary>
    /// <param name="deal">The deal.</param>
    public static string Write(Deal deal) => JsonSerializer.Serialize(deal, Options);

    /// <summary>
    /// The inverse of <see cref="Write"/>, for a deal that was read and checked already (a worker
    /// process receives its documents so): it binds, and checks nothing.
    /// </summary>
    /// <param name="json">What <see cref="Write"/> wrote.</param>
    /// <exception cref="JsonException">The text is not what <see cref="Write"/> writes.</exception>
    internal static Deal ReadWritten(string json) =>
        JsonSerializer.Deserialize<Deal>(json, Options) ?? throw new JsonException("null is not a deal");
}
