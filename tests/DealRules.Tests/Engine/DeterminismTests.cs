using DealRules.Documents;
using DealRules.Reporting;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

public sealed class DeterminismTests
{
    private static DealDocument[] AllSamples() =>
        Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Samples.Read(Path.GetRelativePath(Samples.Folder, path)))
            .ToArray();

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var first = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(AllSamples()));
        var second = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(AllSamples()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Order_of_documents_does_not_change_the_report()
    {
        var documents = AllSamples();
        var expected = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents));

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = documents.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(shuffled)));
        }
    }

    [Fact]
    public void Findings_are_ordered_by_severity_then_rule_then_deals_then_parties()
    {
        var findings = Evaluation.Evaluator.Evaluate(AllSamples()).Findings;

        Assert.Equal(findings.Order(FindingOrder.Instance), findings);
        Assert.True(findings.Zip(findings.Skip(1)).All(pair => pair.First.Severity >= pair.Second.Severity));
    }

    [Fact]
    public void Shared_evaluator_gives_identical_reports_on_parallel_threads()
    {
        var documents = AllSamples();
        var expected = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents));

        var reports = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents)))
            .ToArray();

        Assert.All(reports, report => Assert.Equal(expected, report));
    }

    [Fact]
    public void Two_documents_with_one_deal_id_are_refused()
    {
        var document = Samples.Read("amazon-openai-2025-12.json");

        var error = Assert.Throws<ArgumentException>(() => Evaluation.Evaluator.Evaluate([document, document with { Source = "copy.json" }]));

        Assert.Contains("deal id 'amazon-openai-2025-12' is already used by samples/amazon-openai-2025-12.json", error.Message, StringComparison.Ordinal);
    }
}
