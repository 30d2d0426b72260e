using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Facts;
using DealRules.Model;

namespace DealRules.Graphs;

/// <summary>
/// Builds a <see cref="MoneyGraph"/> from the facts <see cref="FactBuilder"/> builds for rules, group
/// of connected documents by group and each under its own format, as the evaluator does: edges from
/// the investment and commitment facts counted as the money-flow graph counts them, loops from the
/// money-flow graph itself, spend-back pairs from the spend-back facts.
/// </summary>
internal static class MoneyGraphBuilder
{
    private static readonly FactSelection Selection = FactSelection.Of(
        [typeof(DealFact), typeof(InvestmentFact), typeof(CommitmentFact), typeof(MoneyFlowGraph), typeof(SpendBack)]);

    public static MoneyGraph Build(IReadOnlyCollection<DealDocument> documents, MoneyGraphOptions options)
    {
        var parties = new List<GraphParty>();
        var edges = new List<MoneyEdge>();
        var loops = new List<GraphLoop>();
        var spendBacks = new List<GraphSpendBack>();
        var deals = new List<GraphDeal>();
        foreach (var component in PortfolioComponents.Of(documents.ToList()))
        {
            var format = DealEvaluator.HighestFormat(component);
            var facts = FactBuilder.Build(component, Selection, format);
            var moneyLoops = facts.OfType<MoneyFlowGraph>().SingleOrDefault() is { } flows ? flows.LoopsOfAtLeast(options.LoopMinimum, options.DollarsPerGw) : [];
            if (options.LoopsOnly && moneyLoops.Count == 0)
            {
                continue;
            }

            var componentEdges = Edges(facts, format, options.DollarsPerGw);
            parties.AddRange(Parties(facts));
            edges.AddRange(componentEdges);
            loops.AddRange(Loops(moneyLoops, componentEdges));
            spendBacks.AddRange(SpendBacks(facts, options.DollarsPerGw));
            var supersededBy = format >= 2 ? Supersession.SupersededBy(component) : [];
            deals.AddRange(component.Select(d => new GraphDeal(d.Deal.Id, d.Deal.Title, d.Deal.Status, d.Source.Replace('\\', '/'))
            {
                Announced = d.Deal.Announced,
                SupersededBy = supersededBy.GetValueOrDefault(d.Deal.Id, []),
                Sources = d.Deal.Sources,
            }));
        }

        return Sorted(options.DollarsPerGw, options.LoopMinimum, parties, edges, loops, spendBacks, deals);
    }

    public static MoneyGraph Sorted(
        decimal dollarsPerGw,
        decimal loopMinimum,
        IEnumerable<GraphParty> parties,
        IEnumerable<MoneyEdge> edges,
        IEnumerable<GraphLoop> loops,
        IEnumerable<GraphSpendBack> spendBacks,
        IEnumerable<GraphDeal> deals) => new()
        {
            DollarsPerGw = dollarsPerGw,
            LoopMinimum = loopMinimum,
            Parties = [.. parties.OrderBy(p => p.Id, StringComparer.Ordinal)],
            Edges = [.. edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Currency, StringComparer.Ordinal)],
            Loops = [.. loops.OrderBy(l => string.Join(' ', l.Parties), StringComparer.Ordinal)],
            SpendBacks = [.. spendBacks.OrderBy(s => s.Investor, StringComparer.Ordinal).ThenBy(s => s.Investee, StringComparer.Ordinal).ThenBy(s => s.Currency, StringComparer.Ordinal)],
            Deals = [.. deals.OrderBy(d => d.Id, StringComparer.Ordinal)],
        };

    /// <summary>An edge's id: its source, target, kind and currency, which make it unique (party ids hold neither <c>&gt;</c> nor <c>/</c>).</summary>
    public static string EdgeId(string from, string to, MoneyEdgeKind kind, string currency) =>
        $"{from}>{to}/{(kind == MoneyEdgeKind.Investment ? "investment" : "commitment")}/{currency}";

    /// <summary>Each party as the first document by deal id declares it, with every document in force that declares it.</summary>
    private static IEnumerable<GraphParty> Parties(IReadOnlyList<object> facts)
    {
        var first = new Dictionary<string, Party>(StringComparer.Ordinal);
        var dealIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var deal in facts.OfType<DealFact>().OrderBy(d => d.Scope.Id, StringComparer.Ordinal))
        {
            foreach (var party in deal.Deal.Parties)
            {
                first.TryAdd(party.Id, party);
                if (!dealIds.TryGetValue(party.Id, out var ids))
                {
                    dealIds[party.Id] = ids = [];
                }

                if (!ids.Contains(deal.Scope.Id))
                {
                    ids.Add(deal.Scope.Id);
                }
            }
        }

        return first.Values.Select(p => new GraphParty(p.Id, p.Name, p.Kind, dealIds[p.Id]));
    }

    /// <summary>The edges of one group, each entry counted as the money-flow graph of its format counts it.</summary>
    private static List<MoneyEdge> Edges(IReadOnlyList<object> facts, int format, decimal dollarsPerGw)
    {
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        Edge At(string from, string to, MoneyEdgeKind kind, string currency)
        {
            var id = EdgeId(from, to, kind, currency);
            if (!edges.TryGetValue(id, out var edge))
            {
                edges[id] = edge = new Edge(new MoneyEdge(id, from, to, kind, currency) { DealIds = [], Facts = [] });
            }

            return edge;
        }

        foreach (var fact in facts.OfType<InvestmentFact>())
        {
            var investment = fact.Investment;
            var edge = At(investment.Investor, investment.Investee, MoneyEdgeKind.Investment, fact.Scope.Currency);
            edge.Facts.Add(fact.Pointer);
            if (investment.Amount is not { } amount)
            {
                edge.Undisclosed++;
            }
            else if (format < 2)
            {
                edge.Amount = edge.Amount.Plus(MoneySum.Exact(amount));
            }
            else if (MoneyReading.FormatTwo.Counts(fact))
            {
                edge.Amount = edge.Amount.Plus(MoneySum.Of(amount, investment.AmountQualifier));
            }
            else
            {
                edge.Conditional += amount;
            }
        }

        foreach (var fact in facts.OfType<CommitmentFact>())
        {
            var commitment = fact.Commitment;
            var edge = At(commitment.Buyer, commitment.Provider, MoneyEdgeKind.Commitment, fact.Scope.Currency);
            edge.Facts.Add(fact.Pointer);
            var counted = format < 2
                ? commitment.Amount is { } amount ? MoneySum.Exact(amount) : null
                : MoneyReading.FormatTwo.Valued(fact);
            if (counted is null)
            {
                edge.Undisclosed++;
            }
            else
            {
                edge.Amount = edge.Amount.Plus(counted);
            }
        }

        return edges.Values.Select(e =>
        {
            var facts = FactGrouping.Sorted(e.Facts);
            return e.Start with
            {
                Amount = e.Amount,
                Value = e.Amount.ValueAt(dollarsPerGw),
                Undisclosed = e.Undisclosed,
                Conditional = e.Conditional,
                Facts = facts,
                DealIds = [.. facts.Select(FactPointer.DealId).Distinct(StringComparer.Ordinal)],
            };
        }).ToList();
    }

    private static IEnumerable<GraphLoop> Loops(IReadOnlyList<MoneyLoop> moneyLoops, List<MoneyEdge> edges)
    {
        foreach (var loop in moneyLoops)
        {
            var steps = loop.Steps.SelectMany(step => edges.Where(e =>
                e.From == step.From.Id && e.To == step.To.Id && e.Currency == step.Currency && e.Facts.Any(step.Facts.Contains)));
            yield return new GraphLoop([.. loop.Parties.Select(p => p.Id)], loop.Group, loop.Steps[0].Currency)
            {
                SmallestStep = loop.SmallestFlow.Sum,
                Estimated = loop.Estimated,
                EdgeIds = [.. steps.Select(e => e.Id)],
                Facts = loop.Facts,
            };
        }
    }

    private static IEnumerable<GraphSpendBack> SpendBacks(IReadOnlyList<object> facts, decimal dollarsPerGw) =>
        facts.OfType<SpendBack>().Select(s => new GraphSpendBack(s.Investor.Id, s.Investee.Id, s.Currency)
        {
            Invested = s.InvestedSum,
            Committed = s.CommittedSum,
            Ratio = s.RatioAt(dollarsPerGw),
            EdgeIds =
            [
                EdgeId(s.Investor.Id, s.Investee.Id, MoneyEdgeKind.Investment, s.Currency),
                EdgeId(s.Investee.Id, s.Investor.Id, MoneyEdgeKind.Commitment, s.Currency),
            ],
            Facts = s.Facts,
        });

    /// <summary>An edge while its entries are added up.</summary>
    private sealed class Edge(MoneyEdge start)
    {
        public MoneyEdge Start { get; } = start;

        public MoneySum Amount { get; set; } = MoneySum.Zero;

        public int Undisclosed { get; set; }

        public decimal Conditional { get; set; }

        public List<string> Facts { get; } = [];
    }
}
