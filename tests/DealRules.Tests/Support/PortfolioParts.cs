using DealRules.Engine;
using DealRules.Reporting;

namespace DealRules.Tests.Support;

/// <summary>Generated portfolios evaluated in parts of about 70 documents, as the command does with a large folder.</summary>
internal static class PortfolioParts
{
    /// <summary>The reports of the parts of an "independent", "dense" or mixed portfolio drawn with <paramref name="seed"/>.</summary>
    public static List<EvaluationReport> Of(string kind, int seed, DealEvaluator evaluator)
    {
        var generator = new SyntheticDeals(seed);
        var deals = kind switch
        {
            "independent" => generator.Independent(300).ToList(),
            "dense" => generator.Dense(200, 30).ToList(),
            _ => [.. generator.Independent(150), .. generator.Dense(100, 20)],
        };
        var documents = SyntheticDeals.AsDocuments(deals);
        return PortfolioComponents.Batches(PortfolioComponents.Of(documents.ToList()), 70)
            .Select(batch => evaluator.Evaluate(batch))
            .ToList();
    }
}
