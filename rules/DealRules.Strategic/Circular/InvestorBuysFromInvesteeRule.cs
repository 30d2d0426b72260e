using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
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
    /// <summary><c>circular.buyBackMinimumAmount</c>, default 1,000,000,000.</summary>
    public static readonly ParameterDefinition MinimumAmount = new("circular.buyBackMinimumAmount", 1_000_000_000m, ParameterKind.Amount,
        "CIRC005 fires when an investor's commitments to buy from its investee reach this amount.");

    /// <summary><c>circular.buyBackHigh</c>, default 1.0.</summary>
    public static readonly ParameterDefinition High = new("circular.buyBackHigh", 1.0m, ParameterKind.Ratio,
        "CIRC005 is high when those commitments are at least this multiple of the investor's disclosed investment.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        BuyBack buyBack = default!;

        When()
            .Match(() => parameters)
            .Match(() => buyBack, b => b.Committed.ValueAt(parameters[Capacity.DollarsPerGw]) >= parameters[MinimumAmount]);

        Then()
            .Yield(ctx => ctx.Finding(
                    buyBack.RatioAt(parameters[Capacity.DollarsPerGw]) >= parameters[High] ? Severity.High : Severity.Medium,
                    $"{buyBack.Investor.Name}, an investor in {buyBack.Investee.Name}, has committed " +
                    $"{Wording.Money(buyBack.Committed, buyBack.Currency, parameters[Capacity.DollarsPerGw])} to buy from it" +
                    Comparison(buyBack, parameters[Capacity.DollarsPerGw]))
                .About(buyBack.Investor.Id, buyBack.Investee.Id)
                .With("buyBackRatio", buyBack.RatioAt(parameters[Capacity.DollarsPerGw]))
                .With("committedSpend", buyBack.Committed, parameters[Capacity.DollarsPerGw])
                .With("invested", buyBack.Invested.Stated > 0 ? buyBack.Invested.ValueAt(0) : null)
                .With("investedQualifier", buyBack.Invested.Stated > 0 && buyBack.Invested.Qualifier != AmountQualifier.Exact ? Wording.Name(buyBack.Invested.Qualifier) : null)
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
