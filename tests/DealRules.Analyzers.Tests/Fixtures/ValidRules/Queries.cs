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

// reactive-linq-queries.md and the other query operators.
[Name("Preferred customer discount")]
public class PreferredCustomerQueryDiscountRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Query(() => orders, x => x
                .Match<Order>(
                    o => o.Customer == customer,
                    o => o.IsOpen,
                    o => !o.IsDiscounted)
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Do(ctx => ApplyDiscount(orders, 10.0));
    }

    private static void ApplyDiscount(IEnumerable<Order> orders, double percent)
    {
        foreach (var order in orders)
        {
            order.ApplyDiscount(percent);
        }
    }
}

public class GroupedOrdersRule : Rule
{
    public override void Define()
    {
        IGrouping<Customer, Order> group = default!;

        When()
            .Query(() => group, x => x
                .Match<Order>(o => o.IsOpen)
                .GroupBy(o => o.Customer)
                .Where(g => g.Count() > 3));

        Then()
            .Do(ctx => group.Key.DoSomething(group.Count()));
    }
}

public class ProjectedLinesRule : Rule
{
    public override void Define()
    {
        Order order = default!;
        OrderLine line = default!;
        IEnumerable<string> products = default!;

        When()
            .Match(() => order, o => o.IsOpen)
            .Query(() => line, x => x
                .Match<Order>(o => o == order)
                .SelectMany(o => o.Lines)
                .Where(l => l.Quantity > 10))
            .Query(() => products, x => x
                .From(() => order.Lines)
                .Select(lines => lines.Select(l => l.Product))
                .Where(p => p.Any()));

        Then()
            .Do(ctx => Console.WriteLine(line.Product + string.Join(",", products)));
    }
}

public class SortedOrdersRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;

        When()
            .Match(() => customer)
            .Query(() => orders, x => x
                .Match<Order>(o => o.Customer == customer)
                .Collect()
                .OrderBy(o => o.Amount)
                .Where(c => c.Any()));

        Then()
            .Do(ctx => Console.WriteLine(orders.First().Amount));
    }
}

public class EmptyAllowedRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;

        When()
            .Match(() => customer)
            .Query(() => orders, x => x.Match<Order>(o => o.Customer == customer).Collect())
            .Having(() => orders.Any());

        Then()
            .Do(ctx => Console.WriteLine(orders.Count()));
    }
}
