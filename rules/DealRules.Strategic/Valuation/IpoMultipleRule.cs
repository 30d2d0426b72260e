using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Valuation;

/// <summary>VAL001: the expected listing values the investee at a multiple of an investment's post-money valuation.</summary>
[RuleId("VAL001")]
[RuleTitle("Valuation implied by the expected IPO")]
[RuleCategory(Category.Valuation)]
[RulePerspective(Perspective.Investor)]
[DefaultSeverity(Severity.Info)]
public sealed class IpoMultipleRule : Rule
{
    /// <summary><c>valuation.speculativeMultiple</c>, default 2.0.</summary>
    public static readonly ParameterDefinition SpeculativeMultiple = new("valuation.speculativeMultiple", 2.0m, ParameterKind.Multiple,
        "VAL001 is low when the IPO target is at least this multiple of the post-money valuation.");

    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        InvestmentFact investment = default!;

        When()
            .Match(() => parameters)
            .Match(() => investment,
                i => i.PostMoneyValuation > 0,
                i => i.InvesteeIpoTarget != null);

        Then()
            .Yield(ctx => ctx.Finding(Multiple(investment) >= parameters[SpeculativeMultiple] ? Severity.Low : Severity.Info, Message(investment))
                .About(investment.Investor.Id, investment.Investee.Id)
                .With("multiple", Multiple(investment))
                .With("targetValuation", investment.InvesteeIpoTarget)
                .With("postMoneyValuation", investment.PostMoneyValuation)
                .With("impliedStakeValue", ImpliedStakeValue(investment))
                .WithCurrency(investment.Format, investment.Currency)
                .From(investment.Pointer, investment.IpoPointer));
    }

    /// <summary>The IPO target over the post-money valuation (exact to the last digit kept); the conditions make both known.</summary>
    private static decimal Multiple(InvestmentFact investment) => ExactMath.Quotient(Target(investment), PostMoney(investment));

    /// <summary>The stake (as disclosed, or else as amount over post-money) valued at the IPO target; null when neither is known.</summary>
    private static decimal? ImpliedStakeValue(InvestmentFact investment) =>
        investment.StakePercent is { } percent ? ExactMath.ScaledBy(Target(investment), percent, 100)
        : investment.Amount is { } amount ? ExactMath.ScaledBy(Target(investment), amount, PostMoney(investment))
        : null;

    private static string Message(InvestmentFact investment)
    {
        var currency = investment.Currency;
        var stake = ImpliedStakeValue(investment) is { } value ? $", valuing {investment.Investor.Name}'s stake at {Wording.Money(value, currency)}" : "";
        return $"{investment.Investee.Name}'s expected listing at {Wording.Money(Target(investment), currency)} is {Wording.Ratio(Multiple(investment))}× the " +
               $"{Wording.Money(PostMoney(investment), currency)} post-money valuation of {investment.Investor.Name}'s investment{stake}.";
    }

    private static decimal Target(InvestmentFact investment) => investment.InvesteeIpoTarget ?? 0;

    private static decimal PostMoney(InvestmentFact investment) => investment.PostMoneyValuation ?? 0;
}
