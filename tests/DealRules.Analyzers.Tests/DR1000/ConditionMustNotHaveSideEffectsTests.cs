using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class ConditionMustNotHaveSideEffectsTests
{
    [Fact]
    public Task Condition_calling_methods_that_write_fields_statics_or_arguments_is_reported() =>
        Verify<ConditionMustNotHaveSideEffects>.Analyzer(Verify<ConditionMustNotHaveSideEffects>.Usings + """
            public sealed class Item { public int Seen { get; set; } }

            public sealed class CountingRule : Rule
            {
                private int evaluations;
                private static int total;
                private readonly Func<Item, bool> check = item => { total++; return true; };

                public override void Define()
                {
                    Item item = null!;
                    When().Match(() => item, i => {|DR1010:Count(i)|}, i => {|DR1010:Total(i)|}, i => {|DR1010:Mark(i)|}, i => {|DR1010:check(i)|});
                    Then().Do(ctx => ctx.Halt());
                }

                private bool Count(Item item) { evaluations++; return true; }
                private static bool Total(Item item) { total += 1; return true; }
                private static bool Mark(Item item) { item.Seen = 1; return true; }
            }
            """);

    [Fact]
    public Task Pure_helpers_and_writes_in_actions_are_correct() =>
        Verify<ConditionMustNotHaveSideEffects>.Analyzer(Verify<ConditionMustNotHaveSideEffects>.Usings + """
            public sealed class Item { public int Seen { get; set; } }

            public sealed class PureRule : Rule
            {
                private int fired;

                public override void Define()
                {
                    Item item = null!;
                    When().Match(() => item, i => IsFresh(i));
                    Then().Do(ctx => Record(item));
                }

                private static bool IsFresh(Item item) { var local = item.Seen; local++; return local < 2; }
                private void Record(Item item) => fired++;
            }
            """);
}
