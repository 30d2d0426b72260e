using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>CIRC004: an investment is released only as the investee buys the investor's products.</summary>
[RuleId("CIRC004")]
[RuleTitle("Investment released as the investee buys")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class ConsumptionConditionedInvestmentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        InvestmentFact investment = default!;

        When()
            .Match(() => investment, i => i.Condition == InvestmentCondition.Consumption);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{investment.Investor.Name}'s {AmountWording(investment)}investment in {investment.Investee.Name} is released only as " +
                    $"{investment.Investee.Name} buys {investment.Investor.Name}'s products.")
                .About(investment.Investor.Id, investment.Investee.Id)
                .With("amount", investment.Amount)
                .With("amountQualifier", investment.AmountQualifier != AmountQualifier.Exact ? Wording.Name(investment.AmountQualifier) : null)
                .WithCurrency(investment.Format, investment.Currency)
                .From(investment.Pointer));
    }

    private static string AmountWording(InvestmentFact investment) =>
        investment.Amount is { } amount ? Wording.Qualifier(investment.AmountQualifier) + Wording.Money(amount, investment.Currency) + " " : "";
}
