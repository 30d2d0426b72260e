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
            .Match(() => right, r => r.Right.Kind == RightKind.BoardSeat || r.Right.Kind == RightKind.BoardObserver)
            .Match(() => link, l => l.Scope == right.Scope && l.Investor.Id == right.Right.Holder && l.Investee.Id == right.Right.Grantor);

        Then()
            .Yield(ctx => ctx.Finding(right.Right.Kind == RightKind.BoardSeat ? Severity.High : Severity.Medium,
                    $"{link.Investor.Name}, an investor in {link.Investee.Name}, holds " +
                    $"{(right.Right.Kind == RightKind.BoardSeat ? "a seat on" : "an observer right at")} its board.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("right", RightWording.Kind(right.Right.Kind))
                .From(right.Pointer)
                .From(link.InvestmentPointers));
    }
}
