using DealRules.Analyzers.DR1000;
using DealRules.Analyzers.Tests.Support;

namespace DealRules.Analyzers.Tests.DR1000;

public sealed class DefineMustDeclareActionTests
{
    [Fact]
    public Task Define_without_Then_is_reported_on_Define() =>
        Verify<DefineMustDeclareAction>.Analyzer(Verify<DefineMustDeclareAction>.Usings + """
            public sealed class SilentRule : Rule
            {
                public override void {|DR1004:Define|}() { string s = null!; When().Match(() => s); }
            }
            """);

    [Fact]
    public Task Only_an_undo_or_a_deactivation_action_is_reported() =>
        Verify<DefineMustDeclareAction>.Analyzer(Verify<DefineMustDeclareAction>.Usings + """
            public sealed class UndoRule : Rule
            {
                public override void {|DR1004:Define|}() { string s = null!; When().Match(() => s); Then().Undo(ctx => ctx.Halt()); }
            }

            public sealed class DeactivatedRule : Rule
            {
                public override void {|DR1004:Define|}() { string s = null!; When().Match(() => s); Then().Action(ctx => ctx.Halt(), ActionTrigger.Deactivated); }
            }
            """);

    [Fact]
    public Task Do_Yield_and_activated_Action_are_activating() =>
        Verify<DefineMustDeclareAction>.Analyzer(Verify<DefineMustDeclareAction>.Usings + """
            public sealed class DoRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Do(ctx => ctx.Halt()); }
            }

            public sealed class YieldRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Yield(ctx => s.Length); }
            }

            public sealed class ActionRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Action(ctx => ctx.Halt(), ActionTrigger.Activated | ActionTrigger.Reactivated); }
            }
            """);

    [Fact]
    public Task Then_handed_to_a_helper_or_an_authors_DSL_method_is_not_reported() =>
        Verify<DefineMustDeclareAction>.Analyzer(Verify<DefineMustDeclareAction>.Usings + """
            public sealed class Actions
            {
                public Actions(IRightHandSideExpression rhs) => rhs.Do(ctx => ctx.Halt());
            }

            public static class ActionExtensions
            {
                public static IRightHandSideExpression Stop(this IRightHandSideExpression rhs) => rhs.Do(ctx => ctx.Halt());
            }

            public sealed class HelperRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); _ = new Actions(Then()); }
            }

            public sealed class ExtensionRule : Rule
            {
                public override void Define() { string s = null!; When().Match(() => s); Then().Stop(); }
            }
            """);
}
