using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

[assembly: RuleParameter("circular.largeCreditsAmount", 5_000_000_000, ParameterKind.Amount,
    Description = "CIRC101 fires for cloud-credit investments of at least this amount.")]

namespace MyRulePack;

/// <summary>CIRC101: a large investment paid in the investor's own cloud credits.</summary>
[RuleId("CIRC101")]
[RuleTitle("Large investment paid in cloud credits")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class LargeCreditsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        InvestmentFact investment = default!;
        RuleParameters parameters = default!;

        When()
            .Match(() => investment, i => i.Investment.Instrument == Instrument.Credits)
            .Match(() => parameters, p => investment.Investment.Amount >= p["circular.largeCreditsAmount"]);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Medium,
                    $"{investment.Investor.Name} invests {Wording.Money(investment.Investment.Amount!.Value, investment.Scope.Currency)} " +
                    $"in {investment.Investee.Name} as its own cloud credits.")
                .About(investment.Investor.Id, investment.Investee.Id)
                .With("amount", investment.Investment.Amount)
                .From(investment.Pointer));
    }
}
