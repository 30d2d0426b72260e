using DealRules.Model;

namespace DealRules.Tests.Reliability;

/// <summary>Single-field mutations that turn a valid deal into an invalid one, each with the JSON location validation must name.</summary>
internal static class DealMutations
{
    public delegate (Deal Deal, string Location)? Mutation(Deal deal, int index);

    public static readonly (string Name, Mutation Apply)[] All =
    [
        ("negative investment amount", (d, i) => Investment(d, i, x => x with { Amount = -1 }, "amount")),
        ("undeclared investee", (d, i) => Investment(d, i, x => x with { Investee = "ghost" }, "investee")),
        ("self-investment", (d, i) => Investment(d, i, x => x with { Investee = x.Investor }, "investee")),
        ("stake over 100%", (d, i) => Investment(d, i, x => x with { StakePercent = 100.5m }, "stakePercent")),
        ("negative post-money valuation", (d, i) => Investment(d, i, x => x with { PostMoneyValuation = -1 }, "postMoneyValuation")),
        ("self-commitment", (d, i) => Commitment(d, i, x => x with { Provider = x.Buyer }, "provider")),
        ("negative commitment", (d, i) => Commitment(d, i, x => x with { Amount = -0.5m }, "amount")),
        ("commitment term of zero years", (d, i) => Commitment(d, i, x => x with { Years = 0 }, "years")),
        ("malformed deal id", (d, _) => (d with { Id = "Not An Id" }, "$.id")),
        ("lower-case currency", (d, _) => (d with { Currency = "usd" }, "$.currency")),
        ("empty title", (d, _) => (d with { Title = "" }, "$.title")),
        ("one party only", (d, _) => (d with { Parties = [d.Parties[0]], Investments = [], ComputeCommitments = [], ChipMandates = [], CloudTerms = [], Rights = [], Ipo = null, RelatedStakes = [] }, "$.parties")),
        ("duplicate party", (d, i) => (d with { Parties = [.. d.Parties, d.Parties[i % d.Parties.Count]] }, $"$.parties[{d.Parties.Count}].id")),
        ("unsupported schema version", (d, _) => (d with { SchemaVersion = 3 }, "$.schemaVersion")),
        ("undeclared right holder", (d, _) => (d with { Rights = [new Right("ghost", d.Parties[0].Id, RightKind.Information)] }, "$.rights[0].holder")),
        ("revenue share over 100%", (d, _) => (d with { Rights = [new Right(d.Parties[0].Id, d.Parties[1].Id, RightKind.RevenueShare) { Percent = 101 }] }, "$.rights[0].percent")),
        ("mandate share below 0", (d, _) => (d with { ChipMandates = [new ChipMandate(d.Parties[0].Id, ["some-chip"], [Workload.Training], true) { MinimumSharePercent = -1 }] }, "$.chipMandates[0].minimumSharePercent")),
        ("exclusive cloud with other permitted clouds", (d, _) => (d with { CloudTerms = [new CloudTerms(d.Parties[0].Id) { ExclusiveCloud = "one-cloud", PermittedClouds = ["other-cloud"] }] }, "$.cloudTerms[0].permittedClouds")),
        ("product with two controllers", (d, _) => (d with { Parties = [d.Parties[0] with { Chips = ["shared-chip"] }, d.Parties[1] with { Chips = ["shared-chip"] }, .. d.Parties.Skip(2)] }, "$.parties[1].chips[0]")),
        ("undeclared ipo party", (d, _) => (d with { Ipo = new Ipo("ghost") }, "$.ipo.party")),
    ];

    private static (Deal, string)? Investment(Deal deal, int index, Func<Investment, Investment> change, string field)
    {
        if (deal.Investments.Count == 0)
        {
            return null;
        }

        var i = index % deal.Investments.Count;
        return (deal with { Investments = [.. deal.Investments.Select((x, j) => j == i ? change(x) : x)] }, $"$.investments[{i}].{field}");
    }

    private static (Deal, string)? Commitment(Deal deal, int index, Func<ComputeCommitment, ComputeCommitment> change, string field)
    {
        if (deal.ComputeCommitments.Count == 0)
        {
            return null;
        }

        var i = index % deal.ComputeCommitments.Count;
        return (deal with { ComputeCommitments = [.. deal.ComputeCommitments.Select((x, j) => j == i ? change(x) : x)] }, $"$.computeCommitments[{i}].{field}");
    }
}
