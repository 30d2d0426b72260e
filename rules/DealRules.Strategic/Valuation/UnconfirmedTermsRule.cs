using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Valuation;

/// <summary>VAL002: the deal is only rumored or reported, so every finding on it rests on unconfirmed terms.</summary>
[RuleId("VAL002")]
[RuleTitle("Terms unconfirmed")]
[RuleCategory(Category.Valuation)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class UnconfirmedTermsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        DealFact deal = default!;

        When()
            .Match(() => deal, d => d.Deal.Status == DealStatus.Rumored || d.Deal.Status == DealStatus.Reported);

        Then()
            .Yield(ctx => ctx.Finding(Severity.Info,
                    $"The deal is {(deal.Deal.Status == DealStatus.Rumored ? "rumored" : "reported")}, not confirmed: every finding on it rests on unconfirmed terms.")
                .About(deal.Deal.Parties.Select(p => p.Id).ToArray())
                .With("status", deal.Deal.Status == DealStatus.Rumored ? "rumored" : "reported")
                .From(deal.StatusPointer));
    }
}
