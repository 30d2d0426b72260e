using DealRules.Authoring;
using DealRules.Baselines.HandWritten;
using DealRules.Documents;
using DealRules.Reporting;

namespace DealRules.Baselines;

/// <summary>
/// Catalog 1's 18 rules written by hand in plain C#, straight from the deal documents: the practical
/// limit of the engine's speed, and an oracle for it that shares nothing with its fact building. Every
/// relation the rules need (investors, controllers of clouds and chips, money flows, strongly connected
/// groups and their loops, stakes in AI labs) is derived here from the model records, from the rules'
/// text and the contracts in docs/, with hashed lookups across documents and linear scans within one.
/// The findings must match the engine's finding for finding (messages aside: only the engine's rules
/// word them). It reads format 1 portfolios, the generated ones the parity tests and benchmarks use;
/// catalog 2's readings of format 2 (qualified figures, capacity, conditional money, supersession)
/// are not written here, so a format 2 document is refused.
/// </summary>
public static class HandWrittenCatalog
{
    /// <summary>The findings of the catalog on a portfolio, in report order.</summary>
    /// <param name="documents">The portfolio, of format 1 documents.</param>
    /// <param name="parameters">The parameter values in force.</param>
    /// <exception cref="NotSupportedException">A document is of format 2.</exception>
    public static List<Finding> Evaluate(IReadOnlyCollection<DealDocument> documents, RuleParameters parameters)
    {
        var portfolio = Index(documents);
        var findings = new List<Finding>(documents.Count * 4);
        foreach (var deal in portfolio.Deals)
        {
            ChipFindings.MandatesOnInvestees(deal, parameters, findings);
            CloudFindings.Terms(deal, parameters, findings);
            CircularFindings.Investments(deal, findings);
            GovernanceFindings.Rights(deal, findings);
            ValuationFindings.IpoMultiples(deal, parameters, findings);
            ValuationFindings.Unconfirmed(deal, findings);
            StrategicFindings.AnchorWorkloads(deal, parameters, findings);
        }

        var flows = MoneyFlows.Of(portfolio);
        CircularFindings.SpendBack(flows, portfolio, parameters, findings);
        MoneyLoopFindings.Loops(flows, portfolio, parameters, findings);
        ChipFindings.Concentration(portfolio, parameters, findings);
        CloudFindings.Concentration(portfolio, parameters, findings);
        GovernanceFindings.CompetingLabs(portfolio, findings);

        findings.Sort(FindingOrder.Instance);
        return findings;
    }

    /// <summary>The documents' deals, each indexed for the document rules, and the portfolio's parties numbered.</summary>
    /// <param name="documents">The portfolio, of format 1 documents.</param>
    internal static PortfolioIndex Index(IReadOnlyCollection<DealDocument> documents)
    {
        var portfolio = new PortfolioIndex(documents.Count);
        foreach (var document in documents)
        {
            if (document.Deal.SchemaVersion != 1)
            {
                throw new NotSupportedException($"{document.Source}: the hand-written catalog reads format 1 documents only (catalog 1); this one is of format {document.Deal.SchemaVersion}.");
            }

            portfolio.Deals.Add(new DealIndex(document.Deal, portfolio));
        }

        return portfolio;
    }
}
