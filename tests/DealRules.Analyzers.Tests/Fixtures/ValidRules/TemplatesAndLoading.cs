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
