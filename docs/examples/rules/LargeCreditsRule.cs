using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace MyCompany.DealRules;

/// <summary>CIRC101: a large investment paid in the investor's own cloud credits.</summary>
[RuleId("CIRC101")]
[RuleTitle("Large investment paid in cloud credits")]
[RuleCategory(Category.Circular)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class LargeCreditsRule : Rule
{
    /// <summary><c>circular.largeCreditsAmount</c>: the smallest investment in credits reported.</summary>
    public static readonly ParameterDefinition LargeCreditsAmount = new("circular.largeCreditsAmount", 5_000_000_000m, ParameterKind.Amount,
        "CIRC101 fires for cloud-credit investments of at least this amount.");

    public override void Define()
    {
        InvestmentFact investment = default!;
        RuleParameters parameters = default!;

        When()
            .Match(() => investment, i => i.Instrument == Instrument.Credits)
            .Match(() => parameters, p => investment.Amount >= p[LargeCreditsAmount]);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{investment.Investor.Name} invests {Wording.Money(investment.Amount!.Value, investment.Currency)} " +
                    $"in {investment.Investee.Name} as its own cloud credits.")
                .About(investment.Investor.Id, investment.Investee.Id)
                .With("amount", investment.Amount)
                .From(investment.Pointer));
    }
}
