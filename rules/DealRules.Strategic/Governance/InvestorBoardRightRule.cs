using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Governance;

/// <summary>GOV001: an investor holds a board seat (high) or a board observer right (medium) at its investee.</summary>
[RuleId("GOV001")]
[RuleTitle("Investor sits on the board")]
[RuleCategory(Category.Governance)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class InvestorBoardRightRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RightFact right = default!;
        InvestorLink link = default!;

        When()
            .Match(() => right, r => r.Kind == RightKind.BoardSeat || r.Kind == RightKind.BoardObserver)
            .Match(() => link, l => l.Scope == right.Scope && l.Investor.Id == right.Holder.Id && l.Investee.Id == right.Grantor.Id);

        Then()
            .Yield(ctx => ctx.Finding(right.Kind == RightKind.BoardSeat ? Severity.High : Severity.Medium,
                    $"{link.Investor.Name}, an investor in {link.Investee.Name}, holds " +
                    $"{(right.Kind == RightKind.BoardSeat ? "a seat on" : "an observer right at")} its board.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("right", Wording.Name(right.Kind))
                .From(right.Pointer)
                .From(link.InvestmentPointers));
    }
}
