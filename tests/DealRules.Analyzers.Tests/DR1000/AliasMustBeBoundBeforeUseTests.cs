using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class AliasMustBeBoundBeforeUseTests
{
    private const string Model = """
        public sealed class Customer { public int Id { get; set; } }
        public sealed class Order { public int CustomerId { get; set; } public decimal Total { get; set; } }

        """;

    [Fact]
    public Task Alias_used_in_a_condition_before_its_pattern_is_reported_on_the_use() =>
        Verify<AliasMustBeBoundBeforeUse>.Analyzer(
            Verify<AliasMustBeBoundBeforeUse>.Usings + Model + """
            public sealed class BackwardsRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    When()
                        .Match(() => order, o => o.CustomerId == {|#0:customer|}.Id)
                        .Match(() => customer);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """,
            Verify<AliasMustBeBoundBeforeUse>.Diagnostic(0).WithArguments("customer", 17));

    [Fact]
    public Task Use_in_a_query_a_Let_a_Having_a_filter_or_the_alias_own_pattern_is_reported() =>
        Verify<AliasMustBeBoundBeforeUse>.Analyzer(Verify<AliasMustBeBoundBeforeUse>.Usings + Model + """
            public sealed class ManyRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    IEnumerable<Order> orders = null!;
                    decimal total = 0;
                    Filter().Where(() => {|DR1017:total|} > 0);
                    When()
                        .Query(() => orders, q => q.Match<Order>(o => o.CustomerId == {|DR1017:customer|}.Id).Collect().Where(c => c.Any()))
                        .Let(() => total, () => {|DR1017:total|} + orders.Sum(o => o.Total))
                        .Match(() => order, o => o.Total > {|DR1017:order|}.Total)
                        .Having(() => order.CustomerId == {|DR1017:customer|}.Id)
                        .Match(() => customer);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Aliases_bound_in_an_earlier_statement_or_group_and_code_whose_order_is_unclear_are_not_reported() =>
        Verify<AliasMustBeBoundBeforeUse>.Analyzer(Verify<AliasMustBeBoundBeforeUse>.Usings + Model + """
            public sealed class ForwardRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    decimal total = 0;
                    When().Match(() => customer);
                    When()
                        .Or(x => x.Match(() => order, o => o.CustomerId == customer.Id))
                        .Let(() => total, () => order.Total)
                        .Having(() => total > 0);
                    Filter().OnChange(() => order.Total);
                    Then().Do(ctx => ctx.Halt());
                }
            }

            public sealed class LoopRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    for (var i = 0; i < 2; i++)
                    {
                        if (i == 1)
                        {
                            When().Match(() => order, o => o.CustomerId == customer.Id);
                        }
                        else
                        {
                            When().Match(() => customer);
                        }
                    }

                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Alias_bound_only_in_another_branch_of_an_Or_is_not_reported() =>
        Verify<AliasMustBeBoundBeforeUse>.Analyzer(Verify<AliasMustBeBoundBeforeUse>.Usings + Model + """
            public sealed class AlternativesRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    When()
                        .Or(x => x
                            .And(xx => xx.Match(() => order).Having(() => Check(order, customer)))
                            .And(xx => xx.Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id)));
                    Then().Do(ctx => ctx.Halt());
                }

                private static bool Check(Order order, Customer customer) => true;
            }
            """);
}
