using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RuleMustNotInsertFactItMatchesTests
{
    private const string Model = """
        public sealed class Order { public decimal Total { get; set; } public bool IsCopy { get; set; } public int CustomerId { get; set; } }
        public sealed class Customer { public int Id { get; set; } }
        public sealed class Alert { public Alert(int customerId) => CustomerId = customerId; public int CustomerId { get; } }
        public sealed record Reading(string Sensor, decimal Value);

        """;

    [Fact]
    public Task Insert_of_a_fact_the_rules_own_pattern_matches_is_reported_on_the_insert() =>
        Verify<RuleMustNotInsertFactItMatches>.Analyzer(
            Verify<RuleMustNotInsertFactItMatches>.Usings + Model + """
            public sealed class CopyRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100);
                    Then().Do(ctx => {|#0:ctx.Insert(new Order { Total = order.Total, CustomerId = order.CustomerId })|});
                }
            }

            public sealed class GrowingRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total >= 100);
                    Then().Do(ctx => {|DR1015:ctx.Insert(new Order { Total = order.Total + 1 })|});
                }
            }

            public sealed class AnyOrderRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order);
                    Then().Do(ctx => {|DR1015:ctx.TryInsert(new Order())|});
                }
            }
            """,
            Verify<RuleMustNotInsertFactItMatches>.Diagnostic(0).WithArguments("ctx.Insert", "Order", "order"));

    [Fact]
    public Task Yield_of_a_fact_the_rules_own_pattern_matches_is_reported_on_Yield() =>
        Verify<RuleMustNotInsertFactItMatches>.Analyzer(Verify<RuleMustNotInsertFactItMatches>.Usings + Model + """
            public sealed class SmoothingRule : Rule
            {
                public override void Define()
                {
                    Reading reading = null!;
                    When().Match(() => reading, r => r.Sensor == "t1");
                    Then().{|DR1015:Yield|}(ctx => new Reading("t1", reading.Value / 2));
                }
            }

            public sealed class UnguardedRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    When().Match(() => customer).Match<Order>(o => o.CustomerId == customer.Id).Exists<Alert>(a => a.CustomerId == customer.Id);
                    Then().Do(ctx => {|DR1015:ctx.Insert(new Order { CustomerId = customer.Id })|});
                }
            }
            """);

    [Fact]
    public Task Guard_the_new_fact_falsifies_another_type_or_an_excluding_condition_is_correct() =>
        Verify<RuleMustNotInsertFactItMatches>.Analyzer(Verify<RuleMustNotInsertFactItMatches>.Usings + Model + """
            public sealed class AlertOnceRule : Rule
            {
                public override void Define()
                {
                    Customer customer = null!;
                    When().Match(() => customer).Not<Alert>(a => a.CustomerId == customer.Id);
                    Then().Do(ctx => ctx.Insert(new Alert(customer.Id)));
                }
            }

            public sealed class CopyOnceRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => !o.IsCopy).Not<Order>(o => o.IsCopy);
                    Then().Do(ctx => ctx.Insert(new Order { Total = order.Total, IsCopy = true }));
                }
            }

            public sealed class OriginalsOnlyRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => !o.IsCopy, o => o.Total > 0);
                    Then().Yield(ctx => new Order { Total = order.Total, IsCopy = true });
                }
            }

            public sealed class OtherSensorRule : Rule
            {
                public override void Define()
                {
                    Reading reading = null!;
                    When().Match(() => reading, r => r.Sensor == "t1");
                    Then().Yield(ctx => new Reading("t2", reading.Value));
                }
            }

            public sealed class UnknownValueRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100);
                    Then().Do(ctx => ctx.Insert(new Order { Total = order.Total / 10 }));
                }
            }
            """);
}
