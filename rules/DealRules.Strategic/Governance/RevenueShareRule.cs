using DealRules.Authoring;
using DealRules.Facts;
using DealRules.Model;
using NRules.Fluent.Dsl;

namespace DealRules.Strategic.Governance;

/// <summary>GOV004: a party grants another a share of its revenue.</summary>
[RuleId("GOV004")]
[RuleTitle("Revenue share granted")]
[RuleCategory(Category.Governance)]
[RulePerspective(Perspective.Investee)]
[DefaultSeverity(Severity.Low)]
public sealed class RevenueShareRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        RightFact right = default!;

        When()
            .Match(() => right, r => r.Kind == RightKind.RevenueShare);

        Then()
            .Yield(ctx => ctx.Finding(
                    $"{right.Grantor.Name} grants {right.Holder.Name} {ShareWording(right.Percent)} of its revenue.")
                .About(right.Holder.Id, right.Grantor.Id)
                .With("percent", right.Percent)
                .From(right.Pointer));
    }

    private static string ShareWording(decimal? percent) =>
        percent is { } known ? $"a {Wording.Percent(known)} share" : "an undisclosed share";
}
