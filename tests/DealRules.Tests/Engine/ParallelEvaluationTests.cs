using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Support;

namespace DealRules.Tests.Engine;

/// <summary>Sessions evaluated on several threads give the report of one thread, byte for byte.</summary>
public sealed class ParallelEvaluationTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Sessions_on_several_threads_give_the_single_threaded_report(int threads)
    {
        var generator = new SyntheticDeals(17);
        var documents = SyntheticDeals.AsDocuments(generator.Independent(200).Concat(generator.Dense(100, 20))).Concat(Corpus.ReadAll()).ToArray();
        var parallel = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { MaxDegreeOfParallelism = threads };

        Assert.Equal(ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents)), ReportJsonWriter.ToJson(parallel.Evaluate(documents)));
    }
}
