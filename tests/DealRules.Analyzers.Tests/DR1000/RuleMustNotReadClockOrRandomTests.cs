using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class RuleMustNotReadClockOrRandomTests
{
    [Fact]
    public Task Clock_and_random_in_conditions_and_actions_are_reported() =>
        Verify<RuleMustNotReadClockOrRandom>.Analyzer(Verify<RuleMustNotReadClockOrRandom>.Usings + """
            public sealed class TimeRule : Rule
            {
                public override void Define()
                {
                    DateTime due = default;
                    When().Match(() => due, d => d < {|DR1009:DateTime.UtcNow|});
                    Then().Do(ctx => Console.WriteLine({|DR1009:Guid.NewGuid()|}))
                        .Do(ctx => Console.WriteLine({|DR1009:new Random()|}.Next()))
                        .Do(ctx => Console.WriteLine({|DR1009:Environment.TickCount|}));
                }
            }
            """);

    [Fact]
    public Task Clock_read_in_a_helper_of_the_rule_is_reported_on_the_call() =>
        Verify<RuleMustNotReadClockOrRandom>.Analyzer(Verify<RuleMustNotReadClockOrRandom>.Usings + """
            public sealed class HelperRule : Rule
            {
                public override void Define()
                {
                    DateTime due = default;
                    When().Match(() => due, d => {|DR1009:IsLate(d)|});
                    Then().Do(ctx => ctx.Halt());
                }

                private static bool IsLate(DateTime due) => due < DateTimeOffset.Now.UtcDateTime;
            }
            """);

    [Fact]
    public Task TimeProvider_in_a_condition_is_reported() =>
        Verify<RuleMustNotReadClockOrRandom>.Analyzer(Verify<RuleMustNotReadClockOrRandom>.Usings + """
            public sealed class FixedClock : TimeProvider
            {
                public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch;
            }

            public sealed class ProviderRule : Rule
            {
                private readonly TimeProvider clock = TimeProvider.System;
                private readonly FixedClock fixedClock = new();

                public override void Define()
                {
                    DateTimeOffset due = default;
                    When().Match(() => due,
                        d => d < {|DR1009:clock.GetUtcNow()|},
                        d => d < {|DR1009:TimeProvider.System.GetLocalNow()|},
                        d => {|DR1009:clock.GetTimestamp()|} > 0,
                        d => d < {|DR1009:fixedClock.GetUtcNow()|});
                    Then().Do(ctx => ctx.Halt());
                }
            }
            """);

    [Fact]
    public Task Time_passed_in_as_a_fact_is_correct() =>
        Verify<RuleMustNotReadClockOrRandom>.Analyzer(Verify<RuleMustNotReadClockOrRandom>.Usings + """
            public sealed class Clock { public DateTime Now { get; init; } }

            public sealed class FactTimeRule : Rule
            {
                public override void Define()
                {
                    Clock clock = null!;
                    DateTime due = default;
                    When().Match(() => clock).Match(() => due, d => d < clock.Now);
                    Then().Do(ctx => Console.WriteLine(clock.Now.Date));
                }
            }

            public sealed class NotInDslRule : Rule
            {
                private readonly DateTime created = DateTime.Now;
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }
            """);
}
