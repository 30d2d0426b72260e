using DealRules.Authoring;
using NRules.Fluent.Dsl;

namespace MyCompany.DealRules;

[RuleId("STRAT101")]
[RuleTitle("Forgot its conditions")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class NoConditionsRule : Rule
{
    public override void Define()
    {
        Then().Do(ctx => ctx.Halt());
    }
}
