using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;
using DealRules.CodeFixes.DR1000;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RepeatableRuleMustNotUpdateOwnFactTests
{
    private const string Counter = """
        public sealed class Counter { public int Value { get; set; } }

        """;

    [Fact]
    public Task Repeatable_rule_updating_its_matched_fact_is_reported_on_the_update() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.Analyzer(Verify<RepeatableRuleMustNotUpdateOwnFact>.Usings + Counter + """
            public sealed class LoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => {|DR1008:ctx.Update(counter)|});
                }
            }
            """);

    [Fact]
    public Task Non_repeatable_rule_or_a_change_filter_is_correct() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.Analyzer(Verify<RepeatableRuleMustNotUpdateOwnFact>.Usings + Counter + """
            [Repeatability(RuleRepeatability.NonRepeatable)]
            public sealed class OnceRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => ctx.Update(counter));
                }
            }

            public sealed class FilteredRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter, c => c.Value < 10);
                    Filter().OnChange(() => counter.Value);
                    Then().Do(ctx => ctx.Update(counter));
                }
            }
            """);

    [Fact]
    public Task Update_that_makes_the_rules_own_condition_false_is_correct() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.Analyzer(Verify<RepeatableRuleMustNotUpdateOwnFact>.Usings + """
            public enum Status { Open, Done }

            public sealed class Order
            {
                public bool Discounted { get; set; }
                public Status Status { get; set; }
                public int Reminders { get; set; }
                public void Close() => Status = Status.Done;
            }

            public sealed class DiscountRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => !o.Discounted);
                    Then().Do(ctx => ctx.Update(order, Discount));
                }

                private static void Discount(Order order) => order.Discounted = true;
            }

            public sealed class CloseRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Status == Status.Open && o.Reminders >= 0);
                    Then().Do(ctx => order.Close()).Do(ctx => ctx.Update(order));
                }
            }

            public sealed class Line { public int OrderId { get; set; } }

            public sealed class CloseFromLineRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    Line line = null!;
                    When().Match(() => order).Match(() => line, l => l.OrderId == order.Reminders && order.Status != Status.Done);
                    Then().Do(ctx => ctx.Update(order, o => o.Close()));
                }
            }

            public sealed class RemindRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order).Having(() => order.Reminders < 3);
                    Then().Do(ctx => ctx.Update(order, o => Remind(o)));
                }

                private static void Remind(Order order) => order.Reminders++;
            }
            """);

    [Fact]
    public Task Update_that_leaves_the_condition_true_is_reported() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.Analyzer(Verify<RepeatableRuleMustNotUpdateOwnFact>.Usings + """
            public sealed class Order { public bool Discounted { get; set; } public int Reminders { get; set; } }

            public sealed class WrongFlagRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => !o.Discounted);
                    Then().Do(ctx => {|DR1008:ctx.Update(order, Undo)|});
                }

                private static void Undo(Order order) => order.Discounted = false;
            }

            public sealed class CountUpRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Reminders > 0);
                    Then().Do(ctx => {|DR1008:ctx.Update(order, Remind)|});
                }

                private static void Remind(Order order) => order.Reminders++;
            }
            """);

    [Fact]
    public Task Explicitly_repeatable_rule_is_a_decision_and_is_not_reported() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.Analyzer(Verify<RepeatableRuleMustNotUpdateOwnFact>.Usings + Counter + """
            [Repeatability(RuleRepeatability.Repeatable)]
            public sealed class ChosenLoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter, c => c.Value < 100);
                    Then().Do(ctx => ctx.Update(counter));
                }
            }
            """);

    [Fact]
    public Task Fix_makes_the_rule_non_repeatable_including_fix_all() =>
        Verify<RepeatableRuleMustNotUpdateOwnFact>.CodeFix<RepeatableRuleMustNotUpdateOwnFactFix>(
            """
            using NRules.Fluent.Dsl;

            public sealed class Counter { public int Value { get; set; } }

            public sealed class LoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => {|DR1008:ctx.Update(counter)|});
                }
            }

            public sealed class OtherLoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => {|DR1008:ctx.TryUpdate(counter)|});
                }
            }
            """,
            """
            using NRules.Fluent.Dsl;
            using NRules.RuleModel;

            public sealed class Counter { public int Value { get; set; } }

            [Repeatability(RuleRepeatability.NonRepeatable)]
            public sealed class LoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => ctx.Update(counter));
                }
            }

            [Repeatability(RuleRepeatability.NonRepeatable)]
            public sealed class OtherLoopRule : Rule
            {
                public override void Define()
                {
                    Counter counter = null!;
                    When().Match(() => counter);
                    Then().Do(ctx => ctx.TryUpdate(counter));
                }
            }
            """);
}
