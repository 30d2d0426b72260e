using DealRules.Engine;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Support;
using Microsoft.Extensions.Logging;

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

    [Fact]
    public void Documents_that_are_not_one_portfolio_throw_the_one_thread_problem_and_log_no_evaluation()
    {
        // On several threads the documents are checked while their evaluation starts: a failed check must
        // still throw exactly the problem one thread throws, and nothing of the evaluation may be logged.
        var deals = new SyntheticDeals(23).Independent(300).ToArray();
        deals[250] = deals[250] with { Id = deals[3].Id };
        var documents = SyntheticDeals.AsDocuments(deals);
        var logged = new List<(LogLevel Level, string Message)>();
        using var logging = new ListLoggerProvider(logged);
        var pack = RulePack.FromAssemblyOf<StrategicRules>();
        var parallel = new DealEvaluator(pack, null, logging.CreateLogger("test")) { MaxDegreeOfParallelism = 2 };

        var one = Assert.Throws<ArgumentException>(() => Evaluation.Evaluator.Evaluate(documents));
        var several = Assert.Throws<ArgumentException>(() => parallel.Evaluate(documents));

        Assert.Equal(one.Message, several.Message);
        Assert.Contains("already used by", several.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logged, l => l.Message.StartsWith("Evaluated ", StringComparison.Ordinal) || l.Message.StartsWith("Rule ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_evaluation_on_several_threads_throws_and_a_later_one_succeeds()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(29).Independent(300));
        var parallel = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { MaxDegreeOfParallelism = 2 };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => parallel.Evaluate(documents, null, cancelled.Token));
        Assert.Equal(ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents)), ReportJsonWriter.ToJson(parallel.Evaluate(documents)));
    }

    [Fact]
    public void A_cancelled_evaluation_on_several_threads_throws_the_cancellation_of_the_callers_token()
    {
        // As Parallel.For throws it: an OperationCanceledException that names the token the caller gave, so that
        // `catch (OperationCanceledException e) when (e.CancellationToken == token)` still recognises its own cancellation.
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(29).Independent(300));
        var parallel = new DealEvaluator(RulePack.FromAssemblyOf<StrategicRules>()) { MaxDegreeOfParallelism = 2 };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var thrown = Assert.Throws<OperationCanceledException>(() => parallel.Evaluate(documents, null, cancelled.Token));

        Assert.Equal(cancelled.Token, thrown.CancellationToken);
    }
}
