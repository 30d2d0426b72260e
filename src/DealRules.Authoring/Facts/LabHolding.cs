using DealRules.Model;

namespace DealRules.Facts;

/// <summary>A party's holding in an AI lab, through an investment or a related stake, in any document.</summary>
/// <param name="Holder">The party that holds it.</param>
/// <param name="Lab">The AI lab held.</param>
/// <param name="ByInvestment">True for an entry of <c>investments</c>, false for one of <c>relatedStakes</c>.</param>
public sealed record LabHolding(Party Holder, Party Lab, bool ByInvestment) : PortfolioFact;
