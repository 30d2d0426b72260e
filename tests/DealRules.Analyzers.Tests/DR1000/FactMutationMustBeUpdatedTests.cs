using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;
using DealRules.CodeFixes.DR1000;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class FactMutationMustBeUpdatedTests
{
    private const string Order = """
        public sealed class Order { public decimal Total { get; set; } public bool Flagged { get; set; } }

        """;

    [Fact]
    public Task Helper_that_changes_a_matched_fact_without_update_is_reported_on_the_call() =>
        Verify<FactMutationMustBeUpdated>.Analyzer(Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class FlagRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100);
                    Then().Do(ctx => {|DR1007:Flag(order)|});
                }

                private static void Flag(Order order) => order.Flagged = true;
            }
            """);

    [Fact]
    public Task Message_suggests_the_update_form_that_compiles_for_the_helper() =>
        Verify<FactMutationMustBeUpdated>.Analyzer(
            Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class FlagRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100);
                    Then().Do(ctx => {|#0:Flag(order)|}).Do(context => {|#1:Log(context, order)|});
                }

                private static void Flag(Order order) => order.Flagged = true;
                private static void Log(IContext ctx, Order order) { order.Flagged = true; Console.WriteLine(ctx.Rule.Name); }
            }
            """,
            Verify<FactMutationMustBeUpdated>.Diagnostic(0).WithArguments("Flag", "order", "use ctx.Update(order, Flag)"),
            Verify<FactMutationMustBeUpdated>.Diagnostic(1).WithArguments("Log", "order", "use context.Update(order, changed => Log(context, changed))"));

    [Fact]
    public Task Helper_that_takes_the_context_and_updates_the_fact_itself_is_correct() =>
        Verify<FactMutationMustBeUpdated>.Analyzer(Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class SelfUpdatingRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100 && !o.Flagged);
                    Then().Do(ctx => Flag(ctx, order)).Do(ctx => Handed(ctx, order));
                }

                private static void Flag(IContext ctx, Order order)
                {
                    order.Flagged = true;
                    ctx.Update(order);
                }

                private static void Handed(IContext ctx, Order order)
                {
                    order.Total += 1;
                    Save(ctx, order);
                }

                private static void Save(IContext ctx, Order order) => ctx.Update(order);
            }
            """);

    [Fact]
    public Task Update_with_the_method_and_a_later_update_are_correct() =>
        Verify<FactMutationMustBeUpdated>.Analyzer(Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class UpdateFormRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100 && !o.Flagged);
                    Then().Do(ctx => ctx.Update(order, Flag));
                }

                private static void Flag(Order order) => order.Flagged = true;
            }

            public sealed class LaterUpdateRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order, o => o.Total > 100 && !o.Flagged);
                    Then().Do(ctx => Flag(order)).Do(ctx => ctx.Update(order));
                }

                private static void Flag(Order order) => order.Flagged = true;
            }

            public sealed class ReadOnlyHelperRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    When().Match(() => order);
                    Then().Do(ctx => Log(order));
                }

                private static void Log(Order order) => Console.WriteLine(order.Total);
            }
            """);

    [Fact]
    public Task Fix_rewrites_the_call_as_ctx_Update_including_fix_all() =>
        Verify<FactMutationMustBeUpdated>.CodeFix<FactMutationMustBeUpdatedFix>(
            Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class FlagRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    Order other = null!;
                    When().Match(() => order).Match(() => other, o => o != order);
                    Then().Do(ctx => {|DR1007:Flag(order)|}).Do(ctx => {|DR1007:Add(other, 5)|});
                }

                private static void Flag(Order order) => order.Flagged = true;
                private static void Add(Order order, decimal amount) => order.Total += amount;
            }
            """,
            Verify<FactMutationMustBeUpdated>.Usings + Order + """
            public sealed class FlagRule : Rule
            {
                public override void Define()
                {
                    Order order = null!;
                    Order other = null!;
                    When().Match(() => order).Match(() => other, o => o != order);
                    Then().Do(ctx => ctx.Update(order, Flag)).Do(ctx => ctx.Update(other, changed => Add(changed, 5)));
                }

                private static void Flag(Order order) => order.Flagged = true;
                private static void Add(Order order, decimal amount) => order.Total += amount;
            }
            """);
}
