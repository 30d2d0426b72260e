// Deliberately wrong rules: the fixture a real `dotnet build` must reject (see FixtureBuildTests).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DealRules.Authoring;
using NRules.Fluent.Dsl;

namespace WrongRules;

public sealed class Order
{
    public decimal Total { get; set; }
    public bool Flagged { get; set; }
}

[RuleId("STRAT101")]
[RuleTitle("No conditions")]
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

[RuleId("STRAT102")]
[RuleTitle("Changes a fact behind the engine's back")]
[RuleCategory(Category.Strategic)]
[RulePerspective(Perspective.Market)]
[DefaultSeverity(Severity.Info)]
public sealed class SilentChangeRule : Rule
{
    public override void Define()
    {
        Order order = default!;
        When().Match(() => order, o => o.Total > 1000 && !o.Flagged && o.Total < DateTime.Now.Year);
        Then().Do(ctx => Flag(order)).Do(ctx => NotifyAsync(order));
    }

    private static void Flag(Order order) => order.Flagged = true;

    private static Task NotifyAsync(Order order) => Task.CompletedTask;
}

[RuleId("STRAT103")]
internal sealed class HiddenRule : Rule
{
    public override void Define()
    {
        Order order = default!;
        IEnumerable<Order> orders = default!;
        When().Match(() => order).Query(() => orders, q => q.Match<Order>().Collect());
        Then().Do(ctx => ctx.Halt());
    }
}
