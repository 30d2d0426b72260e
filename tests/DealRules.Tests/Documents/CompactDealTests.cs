using DealRules.Documents;
using DealRules.Tests.Support;

namespace DealRules.Tests.Documents;

/// <summary>A deal held compactly comes back as the same deal: every property of the model, as the model's own JSON writes it.</summary>
public sealed class CompactDealTests
{
    [Fact]
    public void Every_deal_of_the_corpus_and_the_samples_comes_back_whole()
    {
        var documents = Corpus.ReadAll().Concat(Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories)
            .Select(path => DealDocumentReader.ReadFile(path).Document!));

        foreach (var document in documents)
        {
            Assert.Equal(DealDocumentWriter.WriteModel(document.Deal), DealDocumentWriter.WriteModel(CompactDeal.Decode(CompactDeal.Encode(document.Deal))));
        }
    }

    [Fact]
    public void Generated_deals_come_back_whole_and_smaller_than_their_documents()
    {
        foreach (var deal in new SyntheticDeals(7).Independent(200).Concat(new SyntheticDeals(8).Dense(200, 30)))
        {
            var compact = CompactDeal.Encode(deal);

            Assert.Equal(DealDocumentWriter.WriteModel(deal), DealDocumentWriter.WriteModel(CompactDeal.Decode(compact)));
            Assert.True(compact.Length < DealDocumentWriter.Write(deal).Length / 2, $"{deal.Id}: {compact.Length} bytes");
        }
    }
}
