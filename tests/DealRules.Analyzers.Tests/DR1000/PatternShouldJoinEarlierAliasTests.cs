using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class PatternShouldJoinEarlierAliasTests
{
    private const string Model = """
        public sealed class Customer { public int Id { get; init; } }
        public sealed class Order { public int CustomerId { get; init; } }

        """;

    [Fact]
    public Task Second_pattern_without_a_join_is_reported_on_Match() =>
        Verify<PatternShouldJoinEarlierAlias>.Analyzer(Verify<PatternShouldJoinEarlierAlias>.Usings + Model + """
            public sealed class CartesianRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    When().Match(() => customer).{|DR1011:Match|}(() => order, o => o.CustomerId > 0);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Joined_patterns_and_single_facts_are_correct() =>
        Verify<PatternShouldJoinEarlierAlias>.Analyzer(Verify<PatternShouldJoinEarlierAlias>.Usings + Model + """
            [DealRules.Authoring.SingleFact]
            public sealed class Settings { public int Limit { get; init; } }

            public sealed class JoinedRule : Rule
            {
                public override void Define()
                {
                    Settings settings = null!;
                    Customer customer = null!;
                    Order order = null!;
                    When()
                        .Match(() => settings)
                        .Match(() => customer, c => c.Id < settings.Limit)
                        .Match(() => order, o => o.CustomerId == customer.Id);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Query_that_refers_to_no_earlier_alias_is_reported_on_Query() =>
        Verify<PatternShouldJoinEarlierAlias>.Analyzer(
            Verify<PatternShouldJoinEarlierAlias>.Usings + Model + """
            public sealed class UnjoinedQueryRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    IEnumerable<Order> orders = null!;
                    When()
                        .Match(() => customer)
                        .{|#0:Query|}(() => orders, q => q.Match<Order>(o => o.CustomerId > 0).Collect().Where(c => c.Any()));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """,
            Verify<PatternShouldJoinEarlierAlias>.Diagnostic(0)
                .WithArguments("Query 'orders'", "every match gets the same collection of all facts, not the ones related to it"));

    [Fact]
    public Task A_collected_query_does_not_multiply_the_patterns_after_it() =>
        Verify<PatternShouldJoinEarlierAlias>.Analyzer(Verify<PatternShouldJoinEarlierAlias>.Usings + Model + """
            public sealed class CollectFirstRule : Rule
            {
                public override void Define()
                {
                    IEnumerable<Order> all = null!;
                    Customer customer = null!;
                    IGrouping<int, Order> group = null!;
                    When()
                        .Query(() => all, q => q.Match<Order>().Collect().Where(c => c.Any()))
                        .Match(() => customer)
                        .{|DR1011:Query|}(() => group, q => q.Match<Order>().GroupBy(o => o.CustomerId));
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Joins_written_in_Having_in_a_query_or_on_member_aliases_are_correct() =>
        Verify<PatternShouldJoinEarlierAlias>.Analyzer(Verify<PatternShouldJoinEarlierAlias>.Usings + Model + """
            public sealed class HavingJoinRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    Order order = null!;
                    When().Match(() => customer).Match(() => order).Having(() => order.CustomerId == customer.Id);
                    Then().Do(ctx => ctx.Halt());
                }
            }

            public sealed class QueryJoinRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    IEnumerable<Order> orders = null!;
                    When()
                        .Match(() => customer)
                        .Query(() => orders, q => q.Match<Order>(o => o.CustomerId == customer.Id).Collect().Where(c => c.Any()));
                    Then().Do(ctx => ctx.Halt());
                }
            }

            public sealed class MemberAliasRule : Rule
            {
                public Customer Customer { get; set; } = null!;
                public Order Order { get; set; } = null!;

                public override void Define()
                {
                    When().Match(() => Customer, c => c.Id > 0).Match(() => Order, o => o.CustomerId > 0).Having(() => Order.CustomerId == Customer.Id);
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);
}
