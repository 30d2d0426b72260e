using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Governance;

/// <summary>GOV002: an investor gets early access, exclusive features or information from its investee.</summary>
[RuleId("GOV002")]
[RuleTitle("Investor gets privileged access")]
[RuleCategory(Category.Governance)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Medium)]
public sealed class InvestorPrivilegedAccessRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RightFact right = default!;
        InvestorLink link = default!;

        When()
            .Match(() => right, r => r.Kind == RightKind.EarlyAccess || r.Kind == RightKind.ExclusiveFeatures || r.Kind == RightKind.Information)
            .Match(() => link, l => l.Scope == right.Scope && l.Investor.Id == right.Holder.Id && l.Investee.Id == right.Grantor.Id);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{link.Investor.Name}, an investor in {link.Investee.Name}, gets {RightWording.Describe(right.Kind)} from it, which its competitors do not.")
                .About(link.Investor.Id, link.Investee.Id)
                .With("right", Wording.Name(right.Kind))
                .From(right.Pointer)
                .From(link.InvestmentPointers));
    }
}
