using CsCheck;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Model;
using DealRules.Portfolios;
using DealRules.Reporting;
using DealRules.Tests.Support;

namespace DealRules.Tests.Portfolios;

/// <summary>A standing portfolio's findings are always those of evaluating the whole portfolio again, whatever the edits.</summary>
public sealed class StandingPortfolioTests
{
    [Fact]
    public void After_any_sequence_of_edits_the_findings_are_those_of_evaluating_everything_again() =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var generator = new SyntheticDeals(seed);
            // Dense deals among few parties (groups merge and split), independent ones, and real format 2 deals that supersede each other.
            var pool = SyntheticDeals.AsDocuments(generator.Dense(30, 10).Concat(generator.Independent(15))).Concat(Corpus.ReadAll()).ToList();
            var standing = new StandingPortfolio(Evaluation.Evaluator, pool.Take(random.Next(0, 10)));
            var previous = Findings(Evaluation.Evaluator.Evaluate([.. standing.Documents.Values]));
            for (var step = 0; step < 25; step++)
            {
                var held = standing.Documents.Keys.Order(StringComparer.Ordinal).ToList();
                var outside = pool.Where(d => !standing.Documents.ContainsKey(d.Deal.Id)).ToList();
                var change = random.Next(3) switch
                {
                    0 when outside.Count > 0 => standing.Add(outside[random.Next(outside.Count)]),
                    1 when held.Count > 0 => standing.Remove(held[random.Next(held.Count)]),
                    _ when held.Count > 0 => standing.Replace(Variant(pool[random.Next(pool.Count)], standing.Documents[held[random.Next(held.Count)]])),
                    _ => standing.Add(pool[0]),
                };

                var whole = Evaluation.Evaluator.Evaluate([.. standing.Documents.Values]);
                Assert.True(change.Applied, string.Join("\n", change.Problems));
                Assert.Equal(ReportJsonWriter.ToJson(whole), ReportJsonWriter.ToJson(standing.Report()));
                var now = Findings(whole);
                Assert.Equal(Without(now, previous), change.Appeared.Select(Key).Order(StringComparer.Ordinal));
                Assert.Equal(Without(previous, now), change.Disappeared.Select(Key).Order(StringComparer.Ordinal));
                Assert.Equal(now.Count, standing.FindingCount);
                previous = now;
            }
        }, iter: 12, threads: 1);

    [Fact]
    public void An_edit_evaluates_only_the_group_it_touches()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(4).Independent(500));
        var standing = new StandingPortfolio(Evaluation.Evaluator, documents.Skip(1));

        var change = standing.Add(documents[0]);

        Assert.Equal(1, change.DocumentsEvaluated);
        Assert.Equal(Evaluation.Evaluator.Evaluate([documents[0]]).Findings.Count, change.Appeared.Count);
        Assert.Empty(change.Disappeared);
    }

    [Fact]
    public void A_document_that_disagrees_with_the_portfolio_is_refused_and_nothing_changes()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(9).Dense(20, 8));
        var standing = new StandingPortfolio(Evaluation.Evaluator, documents.Skip(1));
        var before = ReportJsonWriter.ToJson(standing.Report());
        var deal = documents[0].Deal;
        var otherKind = deal.Parties[0] with { Kind = deal.Parties[0].Kind == PartyKind.Other ? PartyKind.Investor : PartyKind.Other };
        var stranger = new Party("stranger", "Stranger", PartyKind.Other) { Chips = standing.Documents.Values.SelectMany(d => d.Deal.Parties).SelectMany(p => p.Chips).Take(1).ToArray() };

        var kindChange = standing.Add(documents[0] with { Deal = deal with { Parties = [otherKind, .. deal.Parties.Skip(1)] } });
        var taken = standing.Add(documents[1]);
        var unknown = standing.Remove("no-such-deal");
        // A product another party controls, in a document that shares no party with the portfolio.
        var product = standing.Add(new DealDocument(new Deal { Id = "stranger-deal", Title = "Stranger", Status = DealStatus.Announced, Parties = [stranger, new Party("friend", "Friend", PartyKind.Other)] }, "stranger.json"));

        Assert.Contains(kindChange.Problems, p => p.Location == "$.parties[0].kind");
        Assert.Contains("already in the portfolio", Assert.Single(taken.Problems).Message, StringComparison.Ordinal);
        Assert.False(unknown.Applied);
        Assert.Equal("$.parties[0].chips[0]", Assert.Single(product.Problems).Location);
        Assert.Equal(before, ReportJsonWriter.ToJson(standing.Report()));
    }

    /// <summary>Another deal's content under the id (and source) of a held one.</summary>
    private static DealDocument Variant(DealDocument content, DealDocument held) =>
        held with { Deal = content.Deal with { Id = held.Deal.Id } };

    private static List<string> Findings(EvaluationReport report) => report.Findings.Select(Key).Order(StringComparer.Ordinal).ToList();

    private static List<string> Without(List<string> these, List<string> those)
    {
        var left = those.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var key in these)
        {
            if (left.GetValueOrDefault(key) > 0)
            {
                left[key]--;
            }
            else
            {
                result.Add(key);
            }
        }

        return result;
    }

    private static string Key(Finding finding) => System.Text.Json.JsonSerializer.Serialize(finding);
}
