// Valid NRules 1.0.4 rules in every form NRules' documentation and its own tests show (fluent DSL, reactive
// queries, forward chaining, dependencies, DSL extensions, rule loading and activation). CorpusTests compiles
// the files of this folder together with every DealRules analyzer and expects no diagnostic at all: each rule here is correct code.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading.Tasks;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ValidRules;

// NRules' own tests: rule properties and statics as aliases, joins in Having.
public class RuleWithPropertyAlias : Rule
{
    public Customer Fact1 { get; set; } = null!;
    public Order Fact2 { get; set; } = null!;

    public override void Define()
    {
        When()
            .Match(() => Fact1)
            .Match(() => Fact2, f => f.Customer == Fact1);
        Then()
            .Do(ctx => ctx.Halt());
    }
}

public class RuleWithStaticPropertyAlias : Rule
{
    public static Customer Fact1 { get; set; } = null!;
    public static Order Fact2 { get; set; } = null!;

    public override void Define()
    {
        When()
            .Match(() => Fact1)
            .Match(() => Fact2, f => f.Customer == Fact1);
        Then()
            .Do(ctx => ctx.Halt());
    }
}

public class TwoFactHavingRule : Rule
{
    public Customer? Fact1 { get; set; }
    public Order? Fact2 = null!;

    public override void Define()
    {
        When()
            .Match(() => Fact1!, f => f.Name.StartsWith("Valid"))
            .Match(() => Fact2!, f => f.IsOpen)
            .Having(() => Fact2!.Customer == Fact1);

        Then()
            .Do(ctx => ctx.Halt());
    }
}

public class QuoteRule : Rule
{
    public Order Quote { get; set; } = null!;
    public Customer Driver { get; set; } = null!;

    public override void Define()
    {
        When().Match(() => Quote).Let(() => Driver, () => Quote.Customer);
        Then().Do(ctx => Driver.DoSomething());
    }
}

// Filters, actions with triggers, names and priorities set in Define.
public class FilteredRule : Rule
{
    public override void Define()
    {
        Name("Filtered rule");
        Priority(5);
        Order order = default!;

        When()
            .Match(() => order, o => o.IsOpen);

        Filter()
            .OnChange(() => order.Quantity)
            .Where(() => order.Price > 0);

        Then()
            .Action(ctx => Console.WriteLine("activated"), ActionTrigger.Activated | ActionTrigger.Reactivated)
            .Undo(ctx => Console.WriteLine("deactivated"));
    }
}

// Updates that end their own match, and a non-repeatable rule.
public class DiscountOnceRule : Rule
{
    public override void Define()
    {
        Order order = default!;

        When()
            .Match(() => order, o => o.IsOpen && !o.IsDiscounted);

        Then()
            .Do(ctx => ctx.Update(order, o => o.ApplyDiscount(5)));
    }
}

public class CountToTenRule : Rule
{
    public override void Define()
    {
        Counter counter = default!;

        When()
            .Match(() => counter, c => c.Value < 10);

        Then()
            .Do(ctx => ctx.Update(counter, Increment));
    }

    private static void Increment(Counter counter) => counter.Value++;
}

[Repeatability(RuleRepeatability.NonRepeatable)]
public class CloseOrderRule : Rule
{
    public override void Define()
    {
        Order order = default!;

        When()
            .Match(() => order, o => o.IsOpen);

        Then()
            .Do(ctx => Close(ctx, order));
    }

    private static void Close(IContext ctx, Order order)
    {
        order.IsOpen = false;
        ctx.Update(order);
    }
}

// Time passed in as a fact.
public class OverdueRule : Rule
{
    public override void Define()
    {
        Clock clock = default!;
        Order order = default!;

        When()
            .Match(() => clock)
            .Match(() => order, o => o.IsOpen, o => clock.Now.Year > 2000);

        Then()
            .Do(ctx => Console.WriteLine(clock.Now));
    }
}
