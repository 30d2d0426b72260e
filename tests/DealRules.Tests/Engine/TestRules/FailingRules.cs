using DealRules.Authoring;
using DealRules.Facts;
using NRules.Fluent.Dsl;

namespace DealRules.Tests.Engine.TestRules;

/// <summary>A rule whose condition throws for every deal.</summary>
[RuleId("STRAT901")]
[RuleTitle("Condition that throws")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class ThrowingConditionRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal, d => Explode(d));
        Then().Yield(ctx => ctx.Finding(Severity.Info, "never"));
    }

    private static bool Explode(DealFact deal) => throw new InvalidOperationException($"condition exploded on {deal.Deal.Id}");
}

/// <summary>A rule whose action throws for every deal.</summary>
[RuleId("STRAT902")]
[RuleTitle("Action that throws")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Yield(ctx => Explode(deal));
    }

    private static Finding Explode(DealFact deal) => throw new InvalidOperationException($"action exploded on {deal.Deal.Id}");
}

/// <summary>A rule that reports every deal, to show the other rules still run.</summary>
[RuleId("STRAT903")]
[RuleTitle("Every deal")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Low)]
public sealed class EveryDealRule : Rule
{
    public override void Define()
    {
        DealFact deal = default!;
        When().Match(() => deal);
        Then().Yield(ctx => ctx.Finding(Severity.Low, "seen " + deal.Deal.Id).From(deal.StatusPointer));
    }
}
