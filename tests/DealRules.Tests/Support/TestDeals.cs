using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Tests.Support;

/// <summary>Small deals built in code. Every document goes through the writer and the strict reader, so a test can only evaluate valid input.</summary>
internal static class TestDeals
{
    public const decimal Billion = 1_000_000_000m;

    public static readonly Party Investor = new("hyper", "Hyper Cloud", PartyKind.Hyperscaler) { Clouds = ["hyper-cloud"], Chips = ["hyper-chip"] };
    public static readonly Party Lab = new("lab", "Frontier Lab", PartyKind.AiLab);
    public static readonly Party OtherLab = new("rival-lab", "Rival Lab", PartyKind.AiLab);
    public static readonly Party OtherCloud = new("other-cloud-co", "Other Cloud Co", PartyKind.Hyperscaler) { Clouds = ["other-cloud"] };
    public static readonly Party ChipMaker = new("chipco", "ChipCo", PartyKind.Chipmaker) { Chips = ["chipco-gpu"] };

    /// <summary>A signed deal between <see cref="Investor"/> and <see cref="Lab"/> with nothing else in it.</summary>
    public static Deal Deal(string id = "test-deal", params Party[] extraParties) => new()
    {
        Id = id,
        Title = "Test deal " + id,
        Status = DealStatus.Signed,
        Parties = [Investor, Lab, .. extraParties],
    };

    public static Investment Investing(decimal? amount, Instrument instrument = Instrument.Equity, string investor = "hyper", string investee = "lab") =>
        new(investor, investee, instrument) { Amount = amount };

    public static ComputeCommitment Committing(decimal? amount, string buyer = "lab", string provider = "hyper", params string[] products) =>
        new(buyer, provider) { Amount = amount, Products = products };

    /// <summary>Writes the deal and reads it back strictly; fails the test when the deal is not a valid document.</summary>
    public static DealDocument Document(Deal deal)
    {
        var result = DealDocumentReader.Read(DealDocumentWriter.Write(deal), deal.Id + ".json");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Document;
    }
}
