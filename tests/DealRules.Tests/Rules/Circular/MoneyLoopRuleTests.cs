using DealRules.Authoring;
using DealRules.Model;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Rules.Circular;

public sealed class MoneyLoopRuleTests
{
    private static Party Company(string id) => new(id, id.ToUpperInvariant(), PartyKind.Other);

    /// <summary>One document per flow, so that the loop spans documents as real portfolios do.</summary>
    private static Deal[] Flows(params (string From, string To, decimal Billions)[] flows) =>
        flows.Select((f, i) => new Deal
        {
            Id = $"flow-{i}",
            Title = $"{f.From} to {f.To}",
            Status = DealStatus.Signed,
            Parties = [Company(f.From), Company(f.To)],
            Investments = [Investing(f.Billions * Billion, investor: f.From, investee: f.To)],
        }).ToArray();

    [Fact]
    public void Three_party_loop_is_high_and_written_from_its_smallest_id()
    {
        var report = Evaluation.Evaluate(Flows(("c", "a", 2), ("a", "b", 2), ("b", "c", 2)));

        var finding = report.Single("CIRC003");
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(["a", "b", "c"], finding.Parties);
        Assert.Equal(["a", "b", "c"], (string[])finding.Evidence["group"]!);
        Assert.Equal(["flow-0", "flow-1", "flow-2"], finding.DealIds);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0.999, false)]
    public void Every_step_must_reach_the_minimum_amount(decimal smallestStep, bool fires)
    {
        var report = Evaluation.Evaluate(Flows(("a", "b", 5), ("b", "c", 5), ("c", "a", smallestStep)));

        Assert.Equal(fires, report.Of("CIRC003").Count == 1);
    }

    [Fact]
    public void Flows_between_the_same_pair_are_summed_before_the_minimum()
    {
        var report = Evaluation.Evaluate(Flows(("a", "b", 5), ("b", "c", 5), ("c", "a", 0.6m), ("c", "a", 0.6m)));

        Assert.Single(report.Of("CIRC003"));
    }

    [Fact]
    public void Back_and_forth_between_pairs_is_not_a_loop_through_three()
    {
        var report = Evaluation.Evaluate(Flows(("a", "b", 5), ("b", "a", 5), ("b", "c", 5), ("c", "b", 5)));

        Assert.Empty(report.Of("CIRC003"));
    }

    [Fact]
    public void One_finding_per_group_with_its_shortest_loop()
    {
        // a→b→c→d→a and a shortcut c→a: the group is {a,b,c,d}, the shortest loop a→b→c→a.
        var report = Evaluation.Evaluate(Flows(("a", "b", 2), ("b", "c", 2), ("c", "d", 2), ("d", "a", 2), ("c", "a", 2)));

        var finding = report.Single("CIRC003");
        Assert.Equal(["a", "b", "c"], finding.Parties);
        Assert.Equal(["a", "b", "c", "d"], (string[])finding.Evidence["group"]!);
    }

    [Fact]
    public void Among_loops_of_equal_length_the_first_id_list_is_chosen()
    {
        // Two triangles sharing a: a→c→d→a and a→b→d→a; a→b→d sorts first.
        var report = Evaluation.Evaluate(Flows(("a", "c", 2), ("c", "d", 2), ("d", "a", 2), ("a", "b", 2), ("b", "d", 2)));

        Assert.Equal(["a", "b", "d"], report.Single("CIRC003").Parties);
    }

    [Fact]
    public void Separate_groups_give_separate_findings()
    {
        var report = Evaluation.Evaluate(Flows(("a", "b", 2), ("b", "c", 2), ("c", "a", 2), ("x", "y", 2), ("y", "z", 2), ("z", "x", 2)));

        Assert.Equal([["a", "b", "c"], ["x", "y", "z"]], report.Of("CIRC003").Select(f => f.Parties.ToArray()).ToArray());
    }

    [Fact]
    public void Commitments_count_as_flows_from_buyer_to_provider()
    {
        var deal = Deal(extraParties: ChipMaker) with
        {
            Investments = [Investing(2 * Billion)],
            ComputeCommitments = [Committing(2 * Billion, "lab", "chipco"), Committing(2 * Billion, "chipco", "hyper")],
        };

        Assert.Equal(["chipco", "hyper", "lab"], Evaluation.Evaluate(deal).Single("CIRC003").Parties);
    }

    [Fact]
    public void Undisclosed_amounts_are_not_flows()
    {
        var deal = Deal(extraParties: ChipMaker) with
        {
            Investments = [Investing(null)],
            ComputeCommitments = [Committing(2 * Billion, "lab", "chipco"), Committing(2 * Billion, "chipco", "hyper")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC003"));
    }

    [Theory]
    [InlineData(0.02, true)]
    [InlineData(0.0199, false)]
    public void Format_2_counts_a_step_known_by_capacity_at_the_price_of_a_gigawatt(decimal gigawatts, bool loops)
    {
        Model.Party a = new("a-co", "A", Model.PartyKind.Other), b = new("b-co", "B", Model.PartyKind.Other), c = new("c-co", "C", Model.PartyKind.Other);
        var deal = Format2.Deal("loop", a, b, c) with
        {
            Investments = [Format2.Investing(2 * Billion, investor: "a-co", investee: "b-co")],
            ComputeCommitments = [Format2.Committing(2 * Billion, buyer: "b-co", provider: "c-co"), Format2.Committing(null, buyer: "c-co", provider: "a-co", gigawatts: gigawatts)],
        };

        var findings = Evaluation.Evaluate(deal).Of("CIRC003");

        Assert.Equal(loops, findings.Count == 1);
        if (loops)
        {
            Assert.Equal(true, findings[0].Evidence["estimated"]);
            Assert.Equal("USD", findings[0].Evidence["currency"]);
            Assert.Contains("at least an estimated $1.0B (0.02 GW at $50.0B a GW) on each step.", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_2_states_the_qualifier_of_the_smallest_step()
    {
        Model.Party a = new("a-co", "A", Model.PartyKind.Other), b = new("b-co", "B", Model.PartyKind.Other), c = new("c-co", "C", Model.PartyKind.Other);
        var deal = Format2.Deal("loop", a, b, c) with
        {
            Investments = [Format2.Investing(100 * Billion, Model.AmountQualifier.UpTo, investor: "a-co", investee: "b-co")],
            ComputeCommitments = [Format2.Committing(300 * Billion, buyer: "b-co", provider: "c-co", qualifier: Model.AmountQualifier.About), Format2.Committing(40 * Billion, buyer: "c-co", provider: "a-co", qualifier: Model.AmountQualifier.About)],
        };

        var finding = Evaluation.Evaluate(deal).Single("CIRC003");

        Assert.EndsWith("at least about $40.0B on each step.", finding.Message, StringComparison.Ordinal);
        Assert.Equal("about", finding.Evidence["smallestStepQualifier"]);
    }

    [Fact]
    public void Format_2_leaves_milestone_money_out_of_loops()
    {
        Model.Party a = new("a-co", "A", Model.PartyKind.Other), b = new("b-co", "B", Model.PartyKind.Other), c = new("c-co", "C", Model.PartyKind.Other);
        var deal = Format2.Deal("loop", a, b, c) with
        {
            Investments = [Format2.Investing(2 * Billion, condition: Model.InvestmentCondition.Milestone, investor: "a-co", investee: "b-co")],
            ComputeCommitments = [Format2.Committing(2 * Billion, buyer: "b-co", provider: "c-co"), Format2.Committing(2 * Billion, buyer: "c-co", provider: "a-co")],
        };

        Assert.Empty(Evaluation.Evaluate(deal).Of("CIRC003"));
    }
}
