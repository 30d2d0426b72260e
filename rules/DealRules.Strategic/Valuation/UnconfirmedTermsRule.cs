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
            .Match(() => deal, d => d.Status == DealStatus.Rumored || d.Status == DealStatus.Reported);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"The deal is {Wording.Name(deal.Status)}, not confirmed: every finding on it rests on unconfirmed terms.")
                .About(deal.Parties.Select(p => p.Id).ToArray())
                .With("status", Wording.Name(deal.Status))
                .From(deal.StatusPointer));
    }
}
