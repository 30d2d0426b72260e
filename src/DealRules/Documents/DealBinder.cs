using System.Collections.Immutable;
using System.Text.Json;
using DealRules.Model;

namespace DealRules.Documents;

/// <summary>Binds a parsed deal document to the model, recording every shape problem on the way.</summary>
internal static class DealBinder
{
    /// <summary>
    /// The largest capacity format 2 accepts: many times the world's generating capacity, and small
    /// enough that no price of a gigawatt a profile can set makes a valued sum overflow.
    /// </summary>
    private const decimal MaximumGigawatts = 100_000m;

    public static Deal? Bind(JsonElement root, ProblemCollector problems)
    {
        if (JsonObjectReader.Open(root, problems) is not { } json)
        {
            return null;
        }

        var schemaVersion = json.Integer("schemaVersion", required: true) ?? 0;
        var format2 = schemaVersion >= 2;
        json.Tolerate("$schema");
        var deal = new Deal
        {
            SchemaVersion = schemaVersion,
            Id = json.String("id", required: true)!,
            Title = json.String("title", required: true)!,
            Status = (DealStatus)(json.Enum("status", JsonEnumNames.Statuses, required: true) ?? 0),
            Announced = json.Date("announced"),
            Currency = json.String("currency") ?? "USD",
            Parties = json.Objects("parties", Party, required: true),
            Investments = json.Objects("investments", i => Investment(i, format2)),
            ComputeCommitments = json.Objects("computeCommitments", c => Commitment(c, format2)),
            ChipMandates = json.Objects("chipMandates", ChipMandate),
            CloudTerms = json.Objects("cloudTerms", CloudTerms),
            Rights = json.Objects("rights", r => Right(r, format2)),
            Ipo = json.Object("ipo", Ipo),
            RelatedStakes = json.Objects("relatedStakes", Stake),
            Supersedes = Format2Only(json, "supersedes", format2, static (json, name) => json.Strings(name)),
            Amends = Format2Only(json, "amends", format2, static (json, name) => json.Strings(name)),
            Hires = Format2Only(json, "hires", format2, static (json, name) => json.Objects(name, Hire)),
            Sources = json.Objects("sources", Source),
        };
        json.RejectUnknownProperties();
        return deal;
    }

    private static Party Party(JsonObjectReader json) =>
        new(json.String("id", required: true)!, json.String("name", required: true)!, (PartyKind)(json.Enum("kind", JsonEnumNames.PartyKinds, required: true) ?? 0))
        {
            Clouds = json.Strings("clouds"),
            Chips = json.Strings("chips"),
        };

    /// <summary>A format 2 property: read as usual in format 2; in format 1, one problem saying so and nothing read.</summary>
    private static ImmutableArray<T> Format2Only<T>(JsonObjectReader json, string name, bool format2, Func<JsonObjectReader, string, IReadOnlyList<T>> read)
    {
        if (format2)
        {
            return ImmutableArray.CreateRange(read(json, name));
        }

        if (json.Has(name))
        {
            json.Problem(name, "is a format 2 property; set schemaVersion to 2 to use it");
        }

        return [];
    }

    private static Investment Investment(JsonObjectReader json, bool format2)
    {
        var (amount, qualifier) = json.Qualified("amount", format2);
        return new(json.String("investor", required: true)!, json.String("investee", required: true)!, (Instrument)(json.Enum("instrument", JsonEnumNames.Instruments, required: true) ?? 0))
        {
            Amount = amount,
            AmountQualifier = qualifier,
            PostMoneyValuation = json.Number("postMoneyValuation"),
            StakePercent = json.Number("stakePercent"),
            Voting = json.Boolean("voting") ?? false,
            Condition = (InvestmentCondition)(json.Enum("condition", JsonEnumNames.Conditions) ?? (int)InvestmentCondition.None),
        };
    }

    private static ComputeCommitment Commitment(JsonObjectReader json, bool format2)
    {
        var (amount, amountQualifier) = json.Qualified("amount", format2);
        var (annual, annualQualifier) = format2 ? json.Qualified("annualAmount", true) : (null, AmountQualifier.Exact);
        if (!format2 && json.Has("annualAmount"))
        {
            json.Problem("annualAmount", "is a format 2 property; set schemaVersion to 2 to use it");
        }

        var (capacity, capacityQualifier) = json.Qualified("capacityGw", format2);
        if (format2 && capacity > MaximumGigawatts)
        {
            json.Problem("capacityGw", $"{capacity} GW is not a plausible capacity; expected at most {MaximumGigawatts:0} GW");
        }
        var years = json.Number("years");
        if (annual is not null && json.Has("amount"))
        {
            json.Problem("annualAmount", "is given beside amount; give the total as amount or the yearly figure as annualAmount, not both");
        }

        return new(json.String("buyer", required: true)!, json.String("provider", required: true)!)
        {
            Products = json.Strings("products"),
            Amount = annual is { } perYear && years is > 0 ? Total(json, perYear, years.Value) : amount,
            AmountQualifier = annual is not null ? annualQualifier : amountQualifier,
            AnnualAmount = annual,
            Years = years,
            CapacityGw = capacity,
            CapacityQualifier = capacityQualifier,
        };
    }

    /// <summary>An annual amount times its term; a problem instead when the product leaves the range of amounts.</summary>
    private static decimal? Total(JsonObjectReader json, decimal perYear, decimal years)
    {
        try
        {
            return perYear * years;
        }
        catch (OverflowException)
        {
            json.Problem("annualAmount", $"{perYear} a year for {years} years is beyond the largest amount a document may hold");
            return null;
        }
    }

    private static ChipMandate ChipMandate(JsonObjectReader json) =>
        new(json.String("party", required: true)!, json.Strings("chips", required: true), Workloads(json.Enums("workloads", JsonEnumNames.Workloads, required: true)), json.Boolean("binding", required: true) ?? false)
        {
            MinimumSharePercent = json.Number("minimumSharePercent"),
        };

    private static Workload[] Workloads(int[] numbers)
    {
        var workloads = new Workload[numbers.Length];
        for (var at = 0; at < numbers.Length; at++)
        {
            workloads[at] = (Workload)numbers[at];
        }

        return workloads;
    }

    private static CloudTerms CloudTerms(JsonObjectReader json) =>
        new(json.String("party", required: true)!)
        {
            ExclusiveCloud = json.String("exclusiveCloud"),
            FirstRefusalCloud = json.String("firstRefusalCloud"),
            PermittedClouds = json.Strings("permittedClouds"),
        };

    private static Right Right(JsonObjectReader json, bool format2)
    {
        var (amount, qualifier) = format2 ? json.Qualified("amount", true) : (null, AmountQualifier.Exact);
        if (!format2 && json.Has("amount"))
        {
            json.Problem("amount", "is a format 2 property; set schemaVersion to 2 to use it");
        }

        return new(json.String("holder", required: true)!, json.String("grantor", required: true)!, (RightKind)(json.Enum("kind", JsonEnumNames.RightKinds, required: true) ?? 0))
        {
            Percent = json.Number("percent"),
            Amount = amount,
            AmountQualifier = qualifier,
            Note = json.String("note"),
        };
    }

    private static Hire Hire(JsonObjectReader json) =>
        new(json.String("hirer", required: true)!, json.String("from", required: true)!)
        {
            Headcount = json.Integer("headcount"),
            IncludesLeaders = json.Boolean("includesLeaders") ?? false,
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
