using DealRules.Engine;
using DealRules.Model;
using DealRules.Reporting;
using DealRules.Tests.Support;
using static DealRules.Tests.Support.TestDeals;

namespace DealRules.Tests.Engine;

/// <summary>How a portfolio with format 2 documents is evaluated: supersession, the report's version, and the catalog in force per group.</summary>
public sealed class FormatTwoEvaluationTests
{
    [Fact]
    public void A_superseded_document_is_listed_with_its_successor_and_no_rule_sees_it()
    {
        var first = Format2.Deal("first-report") with { Status = DealStatus.Reported, Investments = [Format2.Investing(Billion)] };
        var second = Format2.Deal("second-report") with { Supersedes = ["first-report"], Investments = [Format2.Investing(4 * Billion)] };

        var report = Evaluation.Evaluate(first, second);

        Assert.Equal(2, report.SchemaVersion);
        Assert.Equal(["second-report"], report.Deals.Single(d => d.Id == "first-report").SupersededBy);
        Assert.Empty(report.Deals.Single(d => d.Id == "second-report").SupersededBy);
        Assert.Empty(report.Of("VAL002"));
        Assert.Contains("\"supersededBy\": [\n        \"second-report\"\n      ]", ReportJsonWriter.ToJson(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_supersession_leaves_only_the_last_document_in_force()
    {
        var one = Format2.Deal("one") with { Investments = [Format2.Investing(Billion)] };
        var two = Format2.Deal("two") with { Supersedes = ["one"], Investments = [Format2.Investing(Billion)] };
        var three = Format2.Deal("three") with { Supersedes = ["two"], Investments = [Format2.Investing(Billion)], ComputeCommitments = [Format2.Committing(Billion)] };

        var finding = Evaluation.Evaluate(one, two, three).Single("CIRC001");

        Assert.Equal(["three"], finding.DealIds);
        Assert.Equal(Billion, finding.Evidence["invested"]);
    }

    [Fact]
    public void Superseding_an_id_outside_the_portfolio_supersedes_nothing()
    {
        var deal = Format2.Deal() with { Supersedes = ["not-here"], Investments = [Format2.Investing(Billion)], ComputeCommitments = [Format2.Committing(Billion)] };

        var report = Evaluation.Evaluate(deal);

        Assert.Single(report.Of("CIRC001"));
        Assert.All(report.Deals, d => Assert.Empty(d.SupersededBy));
    }

    [Fact]
    public void A_portfolio_of_format_1_documents_gives_a_version_1_report_of_catalog_1()
    {
        var report = Evaluation.Evaluate(Deal() with { Investments = [Investing(Billion)], ComputeCommitments = [Committing(Billion)] });

        Assert.Equal(1, report.SchemaVersion);
        Assert.Equal(18, report.Summary.RulesEvaluated);
        Assert.DoesNotContain("supersededBy", ReportJsonWriter.ToJson(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_1_group_beside_an_unconnected_format_2_group_is_still_read_as_format_1()
    {
        var old = Deal("old-deal") with { Investments = [Investing(Billion)], ComputeCommitments = [Committing(Billion)] };
        Party a = new("a-co", "A", PartyKind.Hyperscaler), b = new("b-co", "B", PartyKind.AiLab);
        var other = new Deal
        {
            SchemaVersion = 2,
            Id = "new-deal",
            Title = "New",
            Status = DealStatus.Signed,
            Parties = [a, b],
            Investments = [Format2.Investing(Billion, investor: "a-co", investee: "b-co")],
            ComputeCommitments = [Format2.Committing(Billion, buyer: "b-co", provider: "a-co")],
        };

        var report = Evaluation.Evaluate(old, other);

        Assert.Equal(2, report.SchemaVersion);
        Assert.Equal(22, report.Summary.RulesEvaluated);
        Assert.Null(report.Of("CIRC001").Single(f => f.DealIds.SequenceEqual(["old-deal"])).Evidence["currency"]);
        Assert.Equal("USD", report.Of("CIRC001").Single(f => f.DealIds.SequenceEqual(["new-deal"])).Evidence["currency"]);
    }

    [Fact]
    public void One_format_2_document_brings_its_connected_format_1_documents_under_format_2()
    {
        var old = Deal("old-deal") with { Investments = [Investing(Billion)] };
        var spend = Format2.Deal("new-deal") with { ComputeCommitments = [Format2.Committing(Billion)] };

        var finding = Evaluation.Evaluate(old, spend).Single("CIRC001");

        Assert.Equal("USD", finding.Evidence["currency"]);
    }

    [Fact]
    public void Evaluating_in_batches_gives_the_report_of_one_session()
    {
        var documents = Corpus.ReadAll();
        var batched = new DealEvaluator(Evaluation.Evaluator.Pack) { SessionBatchSize = 2 };
        var whole = new DealEvaluator(Evaluation.Evaluator.Pack) { SessionBatchSize = 0 };

        Assert.Equal(ReportJsonWriter.ToJson(whole.Evaluate(documents)), ReportJsonWriter.ToJson(batched.Evaluate(documents)));
    }
}
