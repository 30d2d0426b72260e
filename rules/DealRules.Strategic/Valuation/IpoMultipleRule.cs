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
    /// <inheritdoc />
    public override void Define()
    {
        RuleParameters parameters = default!;
        InvestmentFact investment = default!;

        When()
            .Match(() => parameters)
            .Match(() => investment,
                i => i.Investment.PostMoneyValuation > 0,
                i => i.Scope.Deal.Ipo != null && i.Scope.Deal.Ipo.Party == i.Investment.Investee && i.Scope.Deal.Ipo.TargetValuation != null);

        Then()
            .Yield(ctx => ctx.Finding(Multiple(investment) >= parameters[StrategicParameters.SpeculativeMultiple] ? Severity.Low : Severity.Info,
                    Message(investment))
                .About(investment.Investor.Id, investment.Investee.Id)
                .With("multiple", Multiple(investment))
                .With("targetValuation", investment.Scope.Deal.Ipo!.TargetValuation)
                .With("postMoneyValuation", investment.Investment.PostMoneyValuation)
                .With("impliedStakeValue", ImpliedStakeValue(investment))
                .WithCurrency(investment.Scope.Format, investment.Scope.Currency)
                .From(investment.Pointer, investment.Scope.Pointer("/ipo")));
    }

    private static decimal Multiple(InvestmentFact investment) =>
        ExactMath.Quotient(investment.Scope.Deal.Ipo!.TargetValuation!.Value, investment.Investment.PostMoneyValuation!.Value);

    /// <summary>The stake (as disclosed, or else as amount over post-money) valued at the IPO target; null when neither is known.</summary>
    private static decimal? ImpliedStakeValue(InvestmentFact investment)
    {
        var target = investment.Scope.Deal.Ipo!.TargetValuation!.Value;
        var terms = investment.Investment;
        return terms.StakePercent is { } percent ? ExactMath.ScaledBy(target, percent, 100)
            : terms.Amount is { } amount ? ExactMath.ScaledBy(target, amount, terms.PostMoneyValuation!.Value)
            : null;
    }

    private static string Message(InvestmentFact investment)
    {
        var currency = investment.Scope.Currency;
        var target = investment.Scope.Deal.Ipo!.TargetValuation!.Value;
        var stake = ImpliedStakeValue(investment) is { } value ? $", valuing {investment.Investor.Name}'s stake at {Wording.Money(value, currency)}" : "";
        return $"{investment.Investee.Name}'s expected listing at {Wording.Money(target, currency)} is {Wording.Ratio(Multiple(investment))}× the " +
               $"{Wording.Money(investment.Investment.PostMoneyValuation!.Value, currency)} post-money valuation of {investment.Investor.Name}'s investment{stake}.";
    }
}
