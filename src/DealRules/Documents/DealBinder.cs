using System.Text.Json;
using DealRules.Model;

namespace DealRules.Documents;

/// <summary>Binds a parsed deal document to the model, recording every shape problem on the way.</summary>
internal static class DealBinder
{
    public static Deal? Bind(JsonElement root, ProblemCollector problems)
    {
        if (JsonObjectReader.Open(root, JsonPath.Root, problems) is not { } json)
        {
            return null;
        }

        var deal = new Deal
        {
            SchemaVersion = json.Integer("schemaVersion", required: true) ?? 0,
            Id = json.String("id", required: true)!,
            Title = json.String("title", required: true)!,
            Status = json.Enum<DealStatus>("status", required: true) ?? default,
            Announced = json.Date("announced"),
            Currency = json.String("currency") ?? "USD",
            Parties = json.Objects("parties", Party, required: true),
            Investments = json.Objects("investments", Investment),
            ComputeCommitments = json.Objects("computeCommitments", Commitment),
            ChipMandates = json.Objects("chipMandates", ChipMandate),
            CloudTerms = json.Objects("cloudTerms", CloudTerms),
            Rights = json.Objects("rights", Right),
            Ipo = json.Object("ipo", Ipo),
            RelatedStakes = json.Objects("relatedStakes", Stake),
            Sources = json.Objects("sources", Source),
        };
        json.RejectUnknownProperties();
        return deal;
    }

    private static Party Party(JsonObjectReader json) =>
        new(json.String("id", required: true)!, json.String("name", required: true)!, json.Enum<PartyKind>("kind", required: true) ?? default)
        {
            Clouds = json.Strings("clouds"),
            Chips = json.Strings("chips"),
        };

    private static Investment Investment(JsonObjectReader json) =>
        new(json.String("investor", required: true)!, json.String("investee", required: true)!, json.Enum<Instrument>("instrument", required: true) ?? default)
        {
            Amount = json.Number("amount"),
            PostMoneyValuation = json.Number("postMoneyValuation"),
            StakePercent = json.Number("stakePercent"),
            Voting = json.Boolean("voting") ?? false,
            Condition = json.Enum<InvestmentCondition>("condition") ?? InvestmentCondition.None,
        };

    private static ComputeCommitment Commitment(JsonObjectReader json) =>
        new(json.String("buyer", required: true)!, json.String("provider", required: true)!)
        {
            Products = json.Strings("products"),
            Amount = json.Number("amount"),
            Years = json.Number("years"),
            CapacityGw = json.Number("capacityGw"),
        };

    private static ChipMandate ChipMandate(JsonObjectReader json) =>
        new(json.String("party", required: true)!, json.Strings("chips", required: true), json.Enums<Workload>("workloads", required: true), json.Boolean("binding", required: true) ?? false)
        {
            MinimumSharePercent = json.Number("minimumSharePercent"),
        };

    private static CloudTerms CloudTerms(JsonObjectReader json) =>
        new(json.String("party", required: true)!)
        {
            ExclusiveCloud = json.String("exclusiveCloud"),
            FirstRefusalCloud = json.String("firstRefusalCloud"),
            PermittedClouds = json.Strings("permittedClouds"),
        };

    private static Right Right(JsonObjectReader json) =>
        new(json.String("holder", required: true)!, json.String("grantor", required: true)!, json.Enum<RightKind>("kind", required: true) ?? default)
        {
            Percent = json.Number("percent"),
            Note = json.String("note"),
        };

    private static Ipo Ipo(JsonObjectReader json) =>
        new(json.String("party", required: true)!)
        {
            ExpectedYear = json.Integer("expectedYear"),
            TargetValuation = json.Number("targetValuation"),
        };

    private static Stake Stake(JsonObjectReader json) =>
        new(json.String("investor", required: true)!, json.String("investee", required: true)!)
        {
            Amount = json.Number("amount"),
            StakePercent = json.Number("stakePercent"),
        };

    private static Source Source(JsonObjectReader json) =>
        new(json.String("title", required: true)!)
        {
            Date = json.Date("date"),
            Url = json.String("url"),
        };
}
