using DealRules.Facts;
using NRules.RuleModel;

namespace DealRules.Engine;

/// <summary>
/// Which facts a set of rules matches, so that the others are never built or inserted: a pack of
/// document rules pays nothing for money-flow graphs it does not read, and no session carries facts
/// that no pattern can match.
/// </summary>
internal sealed class FactSelection
{
    /// <summary>Every fact.</summary>
    public static readonly FactSelection All = new(_ => true);

    private FactSelection(Func<Type, bool> wanted)
    {
        Deals = wanted(typeof(DealFact));
        Investments = wanted(typeof(InvestmentFact));
        Commitments = wanted(typeof(CommitmentFact));
        ChipMandates = wanted(typeof(ChipMandateFact));
        CloudTerms = wanted(typeof(CloudTermsFact));
        Rights = wanted(typeof(RightFact));
        InvestorLinks = wanted(typeof(InvestorLink));
        SpendBacks = wanted(typeof(SpendBack));
        ProviderShares = wanted(typeof(ProviderShare));
        ChipShares = wanted(typeof(ChipShare));
        LabHoldings = wanted(typeof(LabHolding));
        MoneyFlowGraph = wanted(typeof(MoneyFlowGraph));
        BuyBacks = wanted(typeof(BuyBack));
        BuyerShares = wanted(typeof(BuyerShare));
        StagedCommitments = wanted(typeof(StagedCommitments));
        Hires = wanted(typeof(HireFact));
    }

    public bool Deals { get; }

    public bool Investments { get; }

    public bool Commitments { get; }

    public bool ChipMandates { get; }

    public bool CloudTerms { get; }

    public bool Rights { get; }

    public bool InvestorLinks { get; }

    /// <summary>True when any fact computed across documents is wanted.</summary>
    public bool PortfolioFacts => SpendBacks || ProviderShares || ChipShares || LabHoldings || MoneyFlowGraph || BuyBacks || BuyerShares || StagedCommitments;

    public bool SpendBacks { get; }

    public bool ProviderShares { get; }

    public bool ChipShares { get; }

    public bool LabHoldings { get; }

    public bool MoneyFlowGraph { get; }

    public bool BuyBacks { get; }

    public bool BuyerShares { get; }

    public bool StagedCommitments { get; }

    public bool Hires { get; }

    /// <summary>The facts matched by a pattern of any of the rules (a pattern on a base type or interface matches every fact that derives from it).</summary>
    /// <param name="rules">The rules.</param>
    public static FactSelection For(IEnumerable<IRuleDefinition> rules)
    {
        var patternTypes = new HashSet<Type>();
        var collector = new PatternTypeCollector();
        foreach (var rule in rules)
        {
            collector.Visit(patternTypes, rule);
        }

        return Of(patternTypes);
    }

    /// <summary>The facts of these types, or of types derived from them.</summary>
    /// <param name="types">Fact types, base types or interfaces.</param>
    public static FactSelection Of(IEnumerable<Type> types)
    {
        var list = types.ToArray();
        return new FactSelection(fact => list.Any(type => type.IsAssignableFrom(fact)));
    }

    private sealed class PatternTypeCollector : RuleElementVisitor<HashSet<Type>>
    {
        protected override PatternElement VisitPattern(HashSet<Type> context, PatternElement element)
        {
            context.Add(element.ValueType);
            return base.VisitPattern(context, element);
        }
    }
}
