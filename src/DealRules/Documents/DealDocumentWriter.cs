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
}
