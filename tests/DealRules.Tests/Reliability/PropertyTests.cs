using CsCheck;
using DealRules.Documents;
using DealRules.Reporting;
using DealRules.Tests.Support;

namespace DealRules.Tests.Reliability;

/// <summary>
/// Properties over generated documents (CsCheck draws the generator's seeds and shrinks them on a
/// failure, printing the seed to rerun). Each property runs a fixed number of iterations.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PropertyTests
{
    private static readonly Gen<int> Seeds = Gen.Int[0, int.MaxValue];

    [Fact]
    public void Generated_valid_documents_always_validate_and_evaluate() =>
        Seeds.Sample(seed =>
        {
            var generator = new SyntheticDeals(seed);
            var documents = SyntheticDeals.AsDocuments(generator.Independent(4).Concat(generator.Dense(8, 6)));

            var report = Evaluation.Evaluator.Evaluate(documents);

            Assert.Empty(report.Errors);
            Assert.Equal(12, report.Deals.Count);
        }, iter: 60, threads: 1);

    [Fact]
    public void Report_is_identical_whatever_the_order_of_documents_and_the_parallelism() =>
        Gen.Select(Seeds, Seeds).Sample((seed, shuffleSeed) =>
        {
            var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(seed).Dense(12, 7)).ToArray();
            var expected = ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(documents));

            var shuffled = documents.ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            var parallel = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
                .Select(_ => ReportJsonWriter.ToJson(Evaluation.Evaluator.Evaluate(shuffled)))
                .ToArray();

            Assert.All(parallel, json => Assert.Equal(expected, json));
        }, iter: 30, threads: 1);

    [Fact]
    public void Writing_a_document_and_reading_it_back_is_lossless() =>
        Seeds.Sample(seed =>
        {
            foreach (var deal in new SyntheticDeals(seed).Dense(5, 8))
            {
                var written = DealDocumentWriter.Write(deal);
                var read = DealDocumentReader.Read(written, "deal.json");

                Assert.True(read.Succeeded, string.Join("\n", read.Problems));
                Assert.Equal(written, DealDocumentWriter.Write(read.Document.Deal));
            }
        }, iter: 100, threads: 1);

    [Fact]
    public void Every_single_field_mutation_into_an_invalid_value_is_caught_at_its_location() =>
        Gen.Select(Seeds, Gen.Int[0, DealMutations.All.Length - 1], Gen.Int[0, 100]).Sample((seed, which, index) =>
        {
            var deal = new SyntheticDeals(seed).Independent(1).Single();
            var (name, mutate) = DealMutations.All[which];
            if (mutate(deal, index) is not { } mutated)
            {
                return;
            }

            var read = DealDocumentReader.Read(DealDocumentWriter.Write(mutated.Deal), "mutated.json");

            Assert.False(read.Succeeded, $"{name} was accepted");
            Assert.Contains(read.Problems, p => p.Location == mutated.Location);
        }, iter: 400, threads: 1);
}
