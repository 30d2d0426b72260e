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

// forward-chaining.md: Yield, and the rule that consumes the yielded fact.
public class PreferredCustomerDiscountRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;
        double total = double.NaN;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Query(() => orders, x => x
                .Match<Order>(
                    o => o.Customer == customer,
                    o => o.IsOpen)
                .Collect())
            .Let(() => total, () => orders.Sum(x => x.Amount))
            .Having(() => total > 1000);

        Then()
            .Yield(_ => new InstantDiscount(customer, total * 0.05));
    }
}

public class PrintInstantDiscountRule : Rule
{
    public override void Define()
    {
        InstantDiscount discount = default!;

        When()
            .Match(() => discount);

        Then()
            .Do(_ => Console.WriteLine("Customer {0} has instant discount of {1}", discount.Customer.Name, discount.Amount));
    }
}

public class YieldInsertOrUpdateRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Match(() => customer, c => c.IsPreferred);

        Then()
            .Yield(ctx => new InstantDiscount(customer, 10), (ctx, old) => new InstantDiscount(customer, old.Amount + 1));
    }
}

// Standalone forward chaining, guarded by a Not the inserted fact makes false.
public class AlertOnceRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Match(() => customer, c => c.IsPreferred)
            .Not<Alert>(a => a.Customer == customer);

        Then()
            .Do(ctx => ctx.Insert(new Alert { Customer = customer, Message = "preferred" }));
    }
}

public class RetractAlertRule : Rule
{
    public override void Define()
    {
        Alert alert = default!;

        When()
            .Match(() => alert, a => !a.Customer.IsPreferred);

        Then()
            .Do(ctx => ctx.Retract(alert));
    }
}
