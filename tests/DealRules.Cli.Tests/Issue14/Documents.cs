using System.Text.Json.Nodes;

namespace DealRules.Cli.Tests.Issue14;

/// <summary>Variations of the shipped example, made by editing its JSON.</summary>
internal static class Documents
{
    public static string Example(Action<JsonObject>? change = null)
    {
        var deal = JsonNode.Parse(File.ReadAllText(CommandRun.Example))!.AsObject();
        change?.Invoke(deal);
        return deal.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A small valid deal between two parties.</summary>
    public static string Small(string id, string partyB = "beta", string kindB = "ai-lab", string nameB = "Beta", string title = "Small deal") => $$"""
        {
          "schemaVersion": 1,
          "id": "{{id}}",
          "title": {{JsonValue.Create(title).ToJsonString()}},
          "status": "signed",
          "parties": [
            { "id": "alpha", "name": "Alpha", "kind": "hyperscaler", "clouds": ["alpha-cloud"] },
            { "id": {{JsonValue.Create(partyB).ToJsonString()}}, "name": {{JsonValue.Create(nameB).ToJsonString()}}, "kind": "{{kindB}}" }
          ],
          "investments": [ { "investor": "alpha", "investee": {{JsonValue.Create(partyB).ToJsonString()}}, "amount": 1000000000, "instrument": "equity" } ],
          "computeCommitments": [ { "buyer": {{JsonValue.Create(partyB).ToJsonString()}}, "provider": "alpha", "amount": 3000000000 } ]
        }
        """;
}
