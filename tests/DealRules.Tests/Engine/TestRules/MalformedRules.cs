using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Tests.Engine.TestRules;

[RuleId("STRAT903")]
[RuleTitle("Same id as EveryDealRule")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Low)]
public sealed class SameIdRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Yield(ctx => ctx.Finding(Severity.Low, "same"));
    }
}

[RuleId("CIRC900")]
[RuleTitle("Circular id in the strategic category")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Low)]
public sealed class WrongPrefixRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Yield(ctx => ctx.Finding(Severity.Low, "prefix"));
    }
}

public sealed class NoMetadataRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Do(ctx => ctx.Halt());
    }
}

public static class NestedRuleHolder
{
    [RuleId("STRAT904")]
    [RuleTitle("Nested, so the default loader skips it")]
    [RuleCategory(Category.Strategic)]
    [RulePerspective(Perspective.Market)]
    [DefaultSeverity(Severity.Low)]
    public sealed class NestedRule : Rule
    {
        public override void Define()
        {
            DealFact deal = default!;
            When().Match(() => deal);
            Then().Yield(ctx => ctx.Finding(Severity.Low, "nested"));
        }
    }
}
