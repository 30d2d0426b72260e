using DealRules.Reporting;
using DealRules.Tests.Support;

namespace DealRules.Tests.Reliability;

/// <summary>One shared evaluator under load: 8 threads, 10,000 documents, reports identical to a sequential run.</summary>
[Trait("Category", "Slow")]
public sealed class ConcurrencyTests
{
    [Fact]
    public void Eight_threads_evaluating_ten_thousand_documents_give_the_sequential_reports()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(7).Independent(10_000));
        var evaluator = Evaluation.Evaluator;

        var sequential = documents.Select(d => ReportJsonWriter.ToJson(evaluator.Evaluate([d]))).ToArray();
        var concurrent = new string[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            concurrent[i] = ReportJsonWriter.ToJson(evaluator.Evaluate([documents[i]])));

        Assert.Equal(sequential, concurrent);
        Assert.Contains(sequential, json => json.Contains("\"ruleId\": \"CIRC001\"", StringComparison.Ordinal));
    }
}
