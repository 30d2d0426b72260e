using DealRules.Documents;
using DealRules.Model;

namespace DealRules.Testing;

/// <summary>
/// Builds a deal document in a few lines: parties, investments, commitments and rights by the ids of
/// their parties, anything else through <see cref="With"/>. <see cref="Build"/> writes the deal and
/// reads it back with the strict reader, so a test can only ever evaluate a valid document.
/// </summary>
/// <example>
/// <code>
/// var deal = DealBuilder.Deal("hyper-lab")
///     .Party("hyper", "Hyper Cloud", PartyKind.Hyperscaler, clouds: ["hyper-cloud"])
///     .Party("lab", "Frontier Lab", PartyKind.AiLab)
///     .Invests("hyper", "lab", 10_000_000_000m)
///     .Commits("lab", "hyper", 12_000_000_000m, "hyper-cloud")
///     .Build();
/// </code>
/// </example>
public sealed class DealBuilder
{
    private Deal deal;

    private DealBuilder(Deal deal) => this.deal = deal;

    /// <summary>Starts a signed format 1 deal with no parties, titled after its id.</summary>
    /// <param name="id">The deal's id: lower-case words joined by hyphens.</param>
    public static DealBuilder Deal(string id) => new(new Deal { Id = id, Title = "Test deal " + id, Status = DealStatus.Signed, Parties = [] });

    /// <summary>The deal as built so far.</summary>
    public Deal Current => deal;

    /// <summary>Sets the document format (1 or 2).</summary>
    /// <param name="schemaVersion">The format.</param>
    public DealBuilder Format(int schemaVersion) => With(d => d with { SchemaVersion = schemaVersion });

    /// <summary>Sets the status.</summary>
    /// <param name="status">The status.</param>
    public DealBuilder Status(DealStatus status) => With(d => d with { Status = status });

    /// <summary>Adds a party.</summary>
    /// <param name="id">Its id, which the other entries name.</param>
    /// <param name="name">Its name, as findings word it.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="clouds">The clouds it runs.</param>
    /// <param name="chips">The chips it designs.</param>
    public DealBuilder Party(string id, string name, PartyKind kind, IReadOnlyList<string>? clouds = null, IReadOnlyList<string>? chips = null) =>
        With(d => d with { Parties = [.. d.Parties, new Party(id, name, kind) { Clouds = clouds ?? [], Chips = chips ?? [] }] });

    /// <summary>Adds an investment.</summary>
    /// <param name="investor">The investor's party id.</param>
    /// <param name="investee">The investee's party id.</param>
    /// <param name="amount">The amount; null when undisclosed.</param>
    /// <param name="instrument">The instrument; equity by default.</param>
    /// <param name="configure">Sets anything else of the investment (stake, valuation, condition).</param>
    public DealBuilder Invests(string investor, string investee, decimal? amount, Instrument instrument = Instrument.Equity, Func<Investment, Investment>? configure = null) =>
        With(d => d with { Investments = [.. d.Investments, (configure ?? Same)(new Investment(investor, investee, instrument) { Amount = amount })] });

    /// <summary>Adds a compute commitment.</summary>
    /// <param name="buyer">The buyer's party id.</param>
    /// <param name="provider">The provider's party id.</param>
    /// <param name="amount">The amount; null when undisclosed.</param>
    /// <param name="products">The clouds and chips bought.</param>
    public DealBuilder Commits(string buyer, string provider, decimal? amount, params string[] products) =>
        With(d => d with { ComputeCommitments = [.. d.ComputeCommitments, new ComputeCommitment(buyer, provider) { Amount = amount, Products = products }] });

    /// <summary>Adds a right one party grants another.</summary>
    /// <param name="holder">The holder's party id.</param>
    /// <param name="grantor">The grantor's party id.</param>
    /// <param name="kind">The right.</param>
    public DealBuilder Grants(string grantor, string holder, RightKind kind) =>
        With(d => d with { Rights = [.. d.Rights, new Right(holder, grantor, kind)] });

    /// <summary>Changes anything else of the deal.</summary>
    /// <param name="change">Returns the changed deal: <c>d =&gt; d with { CloudTerms = [...] }</c>.</param>
    public DealBuilder With(Func<Deal, Deal> change)
    {
        deal = change(deal);
        return this;
    }

    /// <summary>Writes the deal and reads it back strictly; its source is <c>{id}.json</c>, so reports made of it are the same on every machine.</summary>
    /// <exception cref="InvalidDealException">The deal is not a valid document; the message lists every problem.</exception>
    public DealDocument Build()
    {
        var read = DealDocumentReader.Read(DealDocumentWriter.Write(deal), deal.Id + ".json");
        return read.Succeeded ? read.Document! : throw new InvalidDealException(read.Problems);
    }

    /// <summary>Builds the document.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator DealDocument(DealBuilder builder) => builder.Build();

    private static Investment Same(Investment investment) => investment;
}
