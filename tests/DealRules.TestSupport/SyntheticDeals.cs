using DealRules.Documents;
using DealRules.Model;

namespace DealRules.TestSupport;

/// <summary>
/// Deterministic synthetic deal documents: the same seed always gives the same deals. Each deal has
/// 2–8 parties, 1–4 investments, 0–6 commitments, and chip mandates, cloud terms and rights in
/// realistic proportions, with some amounts undisclosed. Every deal is valid by construction.
/// </summary>
public sealed class SyntheticDeals
{
    private static readonly PartyKind[] Kinds = [PartyKind.Hyperscaler, PartyKind.Chipmaker, PartyKind.AiLab, PartyKind.NeoCloud, PartyKind.Investor, PartyKind.Other];
    private static readonly Instrument[] Instruments = [Instrument.Equity, Instrument.Equity, Instrument.Equity, Instrument.Convertible, Instrument.Credits, Instrument.VendorWarrant, Instrument.Debt, Instrument.ProfitInterest];
    private static readonly RightKind[] RightKinds = Enum.GetValues<RightKind>();
    private static readonly DealStatus[] Statuses = Enum.GetValues<DealStatus>();

    private readonly Random random;

    /// <summary>Starts a generator.</summary>
    /// <param name="seed">The seed; the same seed gives the same sequence of deals.</param>
    public SyntheticDeals(int seed) => random = new Random(seed);

    /// <summary>Independent deals: no two share a party, so each is its own portfolio component.</summary>
    /// <param name="count">How many deals.</param>
    public IEnumerable<Deal> Independent(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var parties = Enumerable.Range(0, random.Next(2, 9)).Select(p => $"d{i}-p{p}").ToArray();
            yield return Deal($"deal-{i}", parties);
        }
    }

    /// <summary>Dense deals: every deal draws its parties from one pool, so money and stakes cross deals.</summary>
    /// <param name="count">How many deals.</param>
    /// <param name="partyPool">How many parties they share.</param>
    public IEnumerable<Deal> Dense(int count, int partyPool)
    {
        var pool = Enumerable.Range(0, partyPool).Select(p => $"party-{p}").ToArray();
        for (var i = 0; i < count; i++)
        {
            var parties = pool.OrderBy(_ => random.Next()).Take(random.Next(2, Math.Min(9, partyPool + 1))).ToArray();
            yield return Deal($"dense-{i}", parties);
        }
    }

    /// <summary>The deals as documents, checked by the strict reader.</summary>
    /// <param name="deals">The deals.</param>
    public static IReadOnlyList<DealDocument> AsDocuments(IEnumerable<Deal> deals) =>
        deals.Select(d => DealDocumentReader.Read(DealDocumentWriter.Write(d), d.Id + ".json"))
            .Select(r => r.Document ?? throw new InvalidOperationException(string.Join("\n", r.Problems)))
            .ToArray();

    private Deal Deal(string id, string[] partyIds)
    {
        // A party's kind and products depend only on its id, so that a party is the same party in every deal.
        var parties = partyIds.Select(PartyFor).ToArray();
        string Any() => partyIds[random.Next(partyIds.Length)];
        (string, string) Pair()
        {
            var a = Any();
            var b = partyIds.Where(p => p != a).ElementAt(random.Next(partyIds.Length - 1));
            return (a, b);
        }

        var clouds = parties.SelectMany(p => p.Clouds).ToArray();
        var chips = parties.SelectMany(p => p.Chips).ToArray();
        return new Deal
        {
            Id = id,
            Title = $"Synthetic deal {id}",
            Status = Statuses[random.Next(Statuses.Length)],
            Parties = parties,
            Investments = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var (investor, investee) = Pair();
                return new Investment(investor, investee, Instruments[random.Next(Instruments.Length)])
                {
                    Amount = Maybe(() => Billions(0.1, 20)),
                    PostMoneyValuation = random.NextDouble() < 0.4 ? Billions(20, 500) : null,
                    StakePercent = random.NextDouble() < 0.3 ? Math.Round((decimal)random.NextDouble() * 30, 1) : null,
                    Condition = random.NextDouble() < 0.1 ? InvestmentCondition.Consumption : InvestmentCondition.None,
                };
            }).ToArray(),
            ComputeCommitments = Enumerable.Range(0, random.Next(0, 7)).Select(_ =>
            {
                var (buyer, provider) = Pair();
                return new ComputeCommitment(buyer, provider)
                {
                    Amount = Maybe(() => Billions(0.5, 50)),
                    Products = clouds.Concat(chips).OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToArray(),
                    Years = random.Next(1, 10),
                };
            }).ToArray(),
            ChipMandates = chips.Length > 0 && random.NextDouble() < 0.3
                ? [new ChipMandate(Any(), [chips[random.Next(chips.Length)]], random.NextDouble() < 0.5 ? [Workload.Training, Workload.Inference] : [Workload.Training], random.NextDouble() < 0.5)
                    { MinimumSharePercent = random.NextDouble() < 0.5 ? random.Next(10, 101) : null }]
                : [],
            CloudTerms = clouds.Length > 0 && random.NextDouble() < 0.3
                ? [random.NextDouble() < 0.3
                    ? new CloudTerms(Any()) { ExclusiveCloud = clouds[random.Next(clouds.Length)] }
                    : new CloudTerms(Any()) { PermittedClouds = clouds.OrderBy(_ => random.Next()).Take(random.Next(1, clouds.Length + 1)).ToArray(), FirstRefusalCloud = random.NextDouble() < 0.3 ? clouds[0] : null }]
                : [],
            Rights = Enumerable.Range(0, random.NextDouble() < 0.5 ? random.Next(1, 3) : 0).Select(_ =>
            {
                var (holder, grantor) = Pair();
                var kind = RightKinds[random.Next(RightKinds.Length)];
                return new Right(holder, grantor, kind) { Percent = kind == RightKind.RevenueShare && random.NextDouble() < 0.7 ? random.Next(1, 30) : null };
            }).ToArray(),
            Ipo = random.NextDouble() < 0.2 ? new Ipo(Any()) { ExpectedYear = 2027 + random.Next(4), TargetValuation = Billions(50, 1500) } : null,
            RelatedStakes = random.NextDouble() < 0.3 ? [Stake(Pair())] : [],
        };
    }

    private static Party PartyFor(string id)
    {
        var hash = StableHash(id);
        var kind = Kinds[hash % Kinds.Length];
        return new Party(id, "Company " + id.ToUpperInvariant(), kind)
        {
            Clouds = kind is PartyKind.Hyperscaler or PartyKind.NeoCloud ? [id + "-cloud"] : [],
            Chips = kind is PartyKind.Chipmaker || (kind is PartyKind.Hyperscaler && hash % 2 == 0) ? [id + "-chip"] : [],
        };
    }

    private Stake Stake((string Investor, string Investee) pair) => new(pair.Investor, pair.Investee) { Amount = Maybe(() => Billions(0.1, 10)) };

    private decimal? Maybe(Func<decimal> amount) => random.NextDouble() < 0.2 ? null : amount();

    private decimal Billions(double low, double high) => Math.Round((decimal)(low + random.NextDouble() * (high - low)), 2) * 1_000_000_000m;

    /// <summary>A hash that is the same on every run and machine (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return Math.Abs(hash % 1_000_003);
    }
}
