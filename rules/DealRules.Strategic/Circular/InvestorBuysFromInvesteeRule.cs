using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Circular;

/// <summary>
/// CIRC005: an investor commits to buy from its own investee — the mirror image of CIRC001: the
/// investor's money reaches the investee twice, as capital and as revenue (a chipmaker backstopping a
/// neo-cloud's unsold capacity, or renting back its own chips from it).
/// </summary>
[RuleId("CIRC005")]
[RuleTitle("Investor buys from its own investee")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
[RequiresFormat(2)]
public sealed class InvestorBuysFromInvesteeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        BuyBack buyBack = default!;

        When()
            .Match(() => parameters)
            .Match(() => buyBack, b => b.Committed.ValueAt(parameters[StrategicParameters.DollarsPerGw]) >= parameters[StrategicParameters.BuyBackMinimumAmount]);

        Then()
            .Yield(ctx => ctx.Finding(
                    buyBack.RatioAt(parameters[StrategicParameters.DollarsPerGw]) >= parameters[StrategicParameters.BuyBackHigh] ? Severity.High : Severity.Medium,
                    $"{buyBack.Investor.Name}, an investor in {buyBack.Investee.Name}, has committed " +
                    $"{Wording.Money(buyBack.Committed, buyBack.Currency, parameters[StrategicParameters.DollarsPerGw])} to buy from it" +
                    Comparison(buyBack, parameters[StrategicParameters.DollarsPerGw]))
                .About(buyBack.Investor.Id, buyBack.Investee.Id)
                .With("buyBackRatio", buyBack.RatioAt(parameters[StrategicParameters.DollarsPerGw]))
                .With("committedSpend", buyBack.Committed, parameters[StrategicParameters.DollarsPerGw])
                .With("invested", buyBack.Invested.Stated > 0 ? buyBack.Invested.ValueAt(0) : null)
                .With("investedQualifier", buyBack.Invested.Stated > 0 && buyBack.Invested.Qualifier != Model.AmountQualifier.Exact ? Wording.Name(buyBack.Invested.Qualifier) : null)
                .With("investmentUndisclosed", buyBack.UndisclosedInvestment)
                .WithCurrency(buyBack.Format, buyBack.Currency)
                .From(buyBack.Facts));
    }

    private static string Comparison(BuyBack buyBack, decimal dollarsPerGw) =>
        buyBack.RatioAt(dollarsPerGw) is { } ratio
            ? $", {Wording.Ratio(ratio)}× its {Wording.Money(buyBack.Invested, buyBack.Currency, dollarsPerGw)} investment in it" +
              (buyBack.UndisclosedInvestment ? " (more of its investment is undisclosed)." : ".")
            : "; its investment in it is undisclosed.";
}
