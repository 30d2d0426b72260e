using DealRules.Engine;
using DealRules.Facts;
using DealRules.Strategic;
using DealRules.Strategic.Cloud;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace DealRules.Tests.Facts;

public sealed class FactSelectionTests
{
    [Fact]
    public void The_strategic_catalog_asks_for_every_computed_fact_but_no_bare_commitment()
    {
        var selection = FactSelection.For(Definitions(RulePack.FromAssemblyOf<StrategicRules>().RuleTypes!));

        Assert.True(selection.InvestorLinks && selection.SpendBacks && selection.ProviderShares && selection.ChipShares && selection.LabHoldings && selection.MoneyFlowGraph);
        Assert.True(selection.Deals && selection.Investments && selection.ChipMandates && selection.CloudTerms && selection.Rights);
        Assert.False(selection.Commitments);
    }

    [Fact]
    public void A_document_rule_asks_only_for_what_it_matches()
    {
        var selection = FactSelection.For(Definitions([typeof(ExclusiveCloudRule)]));

        Assert.True(selection.CloudTerms);
        Assert.False(selection.PortfolioFacts);
        Assert.False(selection.InvestorLinks || selection.Deals || selection.Investments || selection.Rights);
    }

    [Fact]
    public void A_pattern_on_a_base_type_asks_for_every_fact_derived_from_it()
    {
        var portfolio = FactSelection.Of([typeof(PortfolioFact)]);
        var everything = FactSelection.Of([typeof(object)]);

        Assert.True(portfolio.SpendBacks && portfolio.ProviderShares && portfolio.ChipShares && portfolio.LabHoldings);
        Assert.False(portfolio.Deals || portfolio.InvestorLinks);
        Assert.True(everything.Commitments && everything.MoneyFlowGraph && everything.InvestorLinks);
    }

    [Fact]
    public void Facts_not_asked_for_are_not_built()
    {
        var documents = SyntheticDeals.AsDocuments(new SyntheticDeals(5).Dense(40, 10));

        var all = FactBuilder.Build(documents);
        var cloudOnly = FactBuilder.Build(documents, FactSelection.Of([typeof(CloudTermsFact)]));

        Assert.Contains(all, f => f is not CloudTermsFact);
        Assert.NotEmpty(cloudOnly);
        Assert.All(cloudOnly, f => Assert.IsType<CloudTermsFact>(f));
        Assert.Equal(all.OfType<CloudTermsFact>().Select(f => f.Pointer), cloudOnly.OfType<CloudTermsFact>().Select(f => f.Pointer));
    }

    private static IEnumerable<IRuleDefinition> Definitions(IEnumerable<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(ruleTypes));
        return repository.GetRules();
    }
}
