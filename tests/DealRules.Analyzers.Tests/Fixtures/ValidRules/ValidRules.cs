// Valid NRules 1.0.4 rules in every form NRules' documentation and its own tests show (fluent DSL, reactive
// queries, forward chaining, dependencies, DSL extensions, rule loading and activation). CorpusTests compiles
// this file with every DealRules analyzer and expects no diagnostic at all: each rule here is correct code.
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

public sealed class Customer
{
    public string Name { get; set; } = "";
    public bool IsPreferred { get; set; }
    public int Id { get; set; }
    public void DoSomething() { }
    public void DoSomething(double total) { }
}

public sealed class Account
{
    public Customer Owner { get; set; } = null!;
    public bool IsActive { get; set; }
    public bool IsDelinquent { get; set; }
}

public sealed class Order
{
    public Customer Customer { get; set; } = null!;
    public bool IsOpen { get; set; }
    public bool IsDiscounted { get; set; }
    public double Amount { get; set; }
    public double Price { get; set; }
    public int Quantity { get; set; }
    public List<OrderLine> Lines { get; } = new();
    public void ApplyDiscount(double percent) { Amount *= 1 - percent / 100; IsDiscounted = true; }
}

public sealed class OrderLine { public string Product { get; set; } = ""; public int Quantity { get; set; } }

public sealed class InstantDiscount
{
    public InstantDiscount(Customer customer, double amount) { Customer = customer; Amount = amount; }
    public Customer Customer { get; }
    public double Amount { get; }
}

public sealed class Alert { public Customer Customer { get; set; } = null!; public string Message { get; set; } = ""; }

public sealed class Claim { public Patient Patient { get; set; } = null!; public Insured Insured { get; set; } = null!; public ClaimStatus Status { get; set; } }
public sealed class Patient { public string Name { get; set; } = ""; public Relationship RelationshipToInsured { get; set; } }
public sealed class Insured { public string Name { get; set; } = ""; }
public sealed class ClaimAlert { public int Severity { get; set; } public Claim Claim { get; set; } = null!; public string RuleName { get; set; } = ""; public string Message { get; set; } = ""; }
public enum Relationship { Self, Spouse }
public enum ClaimStatus { Open, Denied }
public interface INotificationService { void ClaimDenied(Claim claim); Task SendAsync(Claim claim); }

public sealed class Clock { public DateTime Now { get; set; } }
public sealed class Counter { public int Value { get; set; } }

// fluent-rules-dsl.md: metadata attributes, patterns, joins.
[Name("MyRule"), Description("Test rule that demonstrates metadata usage")]
[Tag("Test"), Tag("Metadata")]
[Priority(10)]
[Repeatability(RuleRepeatability.Repeatable)]
public class RuleWithMetadata : Rule
{
    public override void Define()
    {
        When()
            .Match<Customer>(c => c.Name == "John Do");
        Then()
            .Do(ctx => DoSomething());
    }

    private static void DoSomething() { }
}

public class PreferredCustomerActiveAccountsRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        Account account = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Match<Account>(() => account, a => a.Owner == customer, a => a.IsActive);

        Then()
            .Do(ctx => customer.DoSomething());
    }
}

public class PreferredCustomerExistsAccountRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Exists<Account>(a => a.Owner == customer, a => a.IsActive);

        Then()
            .Do(ctx => customer.DoSomething());
    }
}

public class PreferredCustomerNotDelinquentRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Not<Account>(a => a.Owner == customer, a => a.IsDelinquent);

        Then()
            .Do(ctx => customer.DoSomething());
    }
}

public class PreferredCustomerAllAccountsActiveRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .All<Account>(a => a.Owner == customer, a => a.IsActive);

        Then()
            .Do(ctx => customer.DoSomething());
    }
}

public class PreferredCustomerOrHasLargeOrderRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;

        When()
            .Or(x => x
                .Match<Customer>(() => customer, c => c.IsPreferred)
                .And(xx => xx
                    .Match<Customer>(() => customer, c => !c.IsPreferred)
                    .Exists<Order>(o => o.Customer == customer, o => o.Price >= 1000.00)));

        Then()
            .Do(ctx => customer.DoSomething());
    }
}

public class LargeTotalRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        IEnumerable<Order> orders = default!;
        double total = 0;

        When()
            .Match<Customer>(() => customer, c => c.IsPreferred)
            .Query(() => orders, x => x
                .Match<Order>(
                    o => o.Customer == customer,
                    o => o.IsOpen)
                .Collect())
            .Let(() => total, () => orders.Sum(x => x.Amount))
            .Having(() => total > 100);

        Then()
            .Do(ctx => customer.DoSomething(total));
    }
}

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

// rule-dependencies.md: a dependency used in an action.
public class DeniedClaimNotificationRule : Rule
{
    public override void Define()
    {
        INotificationService service = default!;
        Claim claim = default!;

        Dependency()
            .Resolve(() => service);

        When()
            .Match(() => claim, c => c.Status == ClaimStatus.Denied);

        Then()
            .Do(_ => service.ClaimDenied(claim))
            .Do(_ => service.SendAsync(claim).GetAwaiter().GetResult());
    }
}

// dsl-extensions.md: extension methods on both sides.
public static class ClaimContextExtensions
{
    public static void Warning(this IContext context, Claim claim, string message)
    {
        var warning = new ClaimAlert { Severity = 2, Claim = claim, RuleName = context.Rule.Name, Message = message };
        context.Insert(warning);
    }
}

public static class DslExtensions
{
    public static ILeftHandSideExpression Claim(this ILeftHandSideExpression lhs, Expression<Func<Claim>> alias, params Expression<Func<Claim, bool>>[] conditions) =>
        lhs.Match(alias, conditions);

    public static ILeftHandSideExpression Patient(this ILeftHandSideExpression lhs, Expression<Func<Patient>> alias, params Expression<Func<Patient, bool>>[] conditions) =>
        lhs.Match(alias, conditions);

    public static ILeftHandSideExpression Insured(this ILeftHandSideExpression lhs, params Expression<Func<Insured, bool>>[] conditions) =>
        lhs.Match(conditions);

    public static IRightHandSideExpression Warning(this IRightHandSideExpression rhs, Claim claim, string message) =>
        rhs.Do(ctx => ctx.Warning(claim, message));
}

[Name("Self insured name validation")]
public class SelfInsuredNameValidationRule : Rule
{
    public override void Define()
    {
        Claim claim = default!;
        Patient patient = default!;

        When()
            .Match<Claim>(() => claim)
            .Match<Patient>(() => patient, p => p == claim.Patient,
                p => p.RelationshipToInsured == Relationship.Self)
            .Match<Insured>(i => i == claim.Insured,
                i => !Equals(patient.Name, i.Name));

        Then()
            .Do(ctx => ctx.Warning(claim, "Self insured name does not match"));
    }
}

[Name("Self insured name validation, with extensions")]
public class SelfInsuredNameValidationExtensionRule : Rule
{
    public override void Define()
    {
        Claim claim = default!;
        Patient patient = default!;

        When()
            .Claim(() => claim)
            .Patient(() => patient, p => p == claim.Patient,
                p => p.RelationshipToInsured == Relationship.Self)
            .Insured(i => i == claim.Insured,
                i => !Equals(patient.Name, i.Name));

        Then()
            .Warning(claim, "Self insured name does not match");
    }
}

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

// A template base class whose subclasses add to the definition.
public abstract class CustomerRuleBase : Rule
{
    protected void MatchPreferred(ILeftHandSideExpression lhs, Expression<Func<Customer>> alias) => lhs.Match(alias, c => c.IsPreferred);
}

public class DerivedCustomerRule : CustomerRuleBase
{
    public override void Define()
    {
        Customer customer = default!;
        MatchPreferred(When(), () => customer);
        Then().Do(ctx => customer.DoSomething());
    }
}

// fluent-rules-loading.md: rules activated by a container, with constructor arguments.
public sealed class ContainerRuleActivator : IRuleActivator
{
    private readonly Func<Type, Rule> resolve;

    public ContainerRuleActivator(Func<Type, Rule> resolve) => this.resolve = resolve;

    public IEnumerable<Rule> Activate(Type type)
    {
        yield return resolve(type);
    }
}

public class InjectedThresholdRule : Rule
{
    private readonly double threshold;

    public InjectedThresholdRule(double threshold) => this.threshold = threshold;

    public override void Define()
    {
        Order order = default!;
        When().Match(() => order, o => o.Amount > threshold);
        Then().Do(ctx => Console.WriteLine(order.Amount));
    }
}

public static class Loading
{
    public static void Load()
    {
        var repository = new RuleRepository { Activator = new ContainerRuleActivator(t => (Rule)Activator.CreateInstance(t, 100.0)!) };
        repository.Load(x => x
            .From(Assembly.GetExecutingAssembly())
            .Where(rule => rule.Name.StartsWith("Test") || rule.IsTagged("Test"))
            .To("MyRuleSet"));
    }
}

// A test fixture with nested rules it loads itself.
public class RuleAliasResolutionTest
{
    private readonly RuleRepository repository = new();

    public void Rule_VariableAsAlias_DefinitionCreated() => repository.Load(x => x.NestedTypes().From(typeof(RuleWithVariableAlias)));

    public class RuleWithVariableAlias : Rule
    {
        public override void Define()
        {
            Customer fact1 = null!;
            Order fact2 = null!;

            When()
                .Match(() => fact1)
                .Match(() => fact2, f => f.Customer == fact1);
            Then()
                .Do(ctx => ctx.Halt());
        }
    }
}
