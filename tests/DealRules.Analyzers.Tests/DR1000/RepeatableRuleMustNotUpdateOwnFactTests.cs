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
